package nl.kernpunt.bootstrap.ontwikkeltoken;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.kernpunt.bootstrap.start.Startinstelling;

/**
 * {@code token --gemeente 0214 --rol beheerder}: prints one development token, so a developer can call
 * the API without an identity provider. Returns the exit code instead of exiting, to stay testable.
 */
public final class TokenOpdracht {

    public static final int GELUKT = 0;
    public static final int ONGELDIGE_AANROEP = 2;

    private static final Set<String> ROLLEN = Set.of("beheerder", "kernambtenaar", "medewerker");
    private static final Pattern GEMEENTECODE = Pattern.compile("\\d{4}");
    private static final Pattern MINUTEN = Pattern.compile("[1-9]\\d{0,5}");
    private static final String GEBRUIK = """
            Usage: token --gemeente <CBS code> --rol <role>[,<role>...] [--naam "<name>"] [--geldig <minutes>]

              --gemeente  the user's gemeente, four digits (e.g. 0214 for Buren); required
              --rol       beheerder, kernambtenaar or medewerker; repeat it or separate with commas; required
              --naam      display name the history records (default: Ontwikkelaar)
              --geldig    minutes the token stays valid (default: 480)

            Prints a bearer token signed with the local development key.""";

    private final Supplier<OntwikkelSleutel> sleutel;
    private final Clock klok;

    public TokenOpdracht(Supplier<OntwikkelSleutel> sleutel, Clock klok) {
        this.sleutel = sleutel;
        this.klok = klok;
    }

    public int voerUit(List<String> argumenten, PrintStream uit, PrintStream fout) {
        if (argumenten.contains("--help") || argumenten.contains("-h")) {
            uit.println(GEBRUIK);
            return GELUKT;
        }
        Verzoek verzoek;
        try {
            verzoek = Verzoek.uit(argumenten);
        } catch (IllegalArgumentException e) {
            fout.println("token: " + e.getMessage());
            fout.println(GEBRUIK);
            return ONGELDIGE_AANROEP;
        }
        if (Startinstelling.lees("mp.jwt.verify.publickey.location").isPresent()) {
            fout.println("token: note: mp.jwt.verify.publickey.location is set, so the service will not accept this token");
        }
        Instant nu = klok.instant();
        uit.println(new TokenUitgever(sleutel.get().privateKey(), OntwikkelSleutel.ISSUER)
                .geefUit(verzoek.naam(), verzoek.gemeente(), verzoek.rollen(), nu, nu.plus(verzoek.geldig())));
        return GELUKT;
    }

    private record Verzoek(String gemeente, Set<String> rollen, String naam, Duration geldig) {

        static Verzoek uit(List<String> argumenten) {
            String gemeente = null;
            Set<String> rollen = new LinkedHashSet<>();
            String naam = "Ontwikkelaar";
            Duration geldig = Duration.ofMinutes(480);
            Iterator<String> rest = argumenten.iterator();
            while (rest.hasNext()) {
                String optie = rest.next();
                switch (optie) {
                    case "--gemeente" -> gemeente = gemeentecode(waardeNa(optie, rest));
                    case "--rol" -> rollen.addAll(rollen(waardeNa(optie, rest)));
                    case "--naam" -> naam = naam(waardeNa(optie, rest));
                    case "--geldig" -> geldig = minuten(waardeNa(optie, rest));
                    default -> throw new IllegalArgumentException("unknown argument " + optie);
                }
            }
            if (gemeente == null) {
                throw new IllegalArgumentException("--gemeente is required");
            }
            if (rollen.isEmpty()) {
                throw new IllegalArgumentException("--rol is required");
            }
            return new Verzoek(gemeente, rollen, naam, geldig);
        }

        private static String waardeNa(String optie, Iterator<String> rest) {
            if (!rest.hasNext()) {
                throw new IllegalArgumentException(optie + " needs a value");
            }
            return rest.next();
        }

        private static String gemeentecode(String waarde) {
            if (!GEMEENTECODE.matcher(waarde).matches()) {
                throw new IllegalArgumentException("--gemeente must be a CBS code of four digits, not " + waarde);
            }
            return waarde;
        }

        private static List<String> rollen(String waarde) {
            List<String> rollen = Arrays.stream(waarde.split(",")).map(String::trim).toList();
            for (String rol : rollen) {
                if (!ROLLEN.contains(rol)) {
                    throw new IllegalArgumentException("unknown role '" + rol + "'; use beheerder, kernambtenaar or medewerker");
                }
            }
            return rollen;
        }

        private static String naam(String waarde) {
            if (waarde.isBlank()) {
                throw new IllegalArgumentException("--naam must not be empty");
            }
            return waarde.strip();
        }

        private static Duration minuten(String waarde) {
            if (!MINUTEN.matcher(waarde).matches()) {
                throw new IllegalArgumentException("--geldig must be a positive number of minutes, not " + waarde);
            }
            return Duration.ofMinutes(Long.parseLong(waarde));
        }
    }
}
