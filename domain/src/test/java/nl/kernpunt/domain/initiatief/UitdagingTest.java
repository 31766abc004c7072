package nl.kernpunt.domain.initiatief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

/**
 * Right to Challenge as a process within the initiative's lifecycle (issue #13 item 13). Seeds 000
 * §3.2.5 and 004: residents take over a task of the gemeente "als zij denken dat het anders, beter,
 * slimmer en/of goedkoper kan"; not every initiative is one.
 */
class UitdagingTest {

    private final VasteKlok klok = VasteKlok.op("2026-03-02T09:00:00Z");

    private static InitiatiefGegevens gegevens(boolean rightToChallenge) {
        return new InitiatiefGegevens("Dorpsbelang beheert het groen", "Dorpsbelang Zoelen wil het maaien van de"
                + " bermen en het onderhoud van het dorpsplein van de gemeente overnemen, goedkoper en vaker.",
                new Vorm(true, true, rightToChallenge), Set.of(Ondersteuning.GELD),
                List.of(new Contactpersoon("Ria Willemsen", "ria@example.nl", null)), null);
    }

    private Initiatief uitdaging() {
        return Initiatief.dienIn(new Gemeentecode("0214"), KernId.nieuw(), gegevens(true), "Sanne", klok);
    }

    @Test
    void a_challenge_is_submitted_with_the_initiative_and_assessed_while_it_is_in_behandeling() {
        Initiatief initiatief = uitdaging();
        assertThat(initiatief.uitdaging()).contains(Uitdagingsfase.INGEDIEND);

        initiatief.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Jeroen", klok);

        assertThat(initiatief.uitdaging()).contains(Uitdagingsfase.IN_BEOORDELING);
        assertThat(Initiatief.dienIn(new Gemeentecode("0214"), KernId.nieuw(), gegevens(false), "Sanne", klok)
                .uitdaging()).as("an ordinary initiative has no challenge").isEmpty();
    }

    @Test
    void the_rol_waits_for_the_decision_and_an_accepted_challenge_is_then_carried_out_like_an_initiative() {
        Initiatief initiatief = uitdaging();
        initiatief.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Jeroen", klok);
        initiatief.bepaalRol(Rol.LOSLATEN, "De bewoners voeren de taak zelf uit.", "Jeroen", klok);

        assertThatThrownBy(() -> initiatief.gaNaar(InitiatiefStatus.ROL_BEPAALD, null, "Jeroen", klok))
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("uitdaging-niet-beslist"));

        klok.verzet(Duration.ofDays(3));
        initiatief.beslisOverUitdaging(true, "Goedkoper en vaker gemaaid; Dorpsbelang heeft de vrijwilligers.",
                "Jeroen", klok);
        initiatief.gaNaar(InitiatiefStatus.ROL_BEPAALD, null, "Jeroen", klok);
        initiatief.gaNaar(InitiatiefStatus.IN_UITVOERING, null, "Jeroen", klok);

        assertThat(initiatief.uitdaging()).contains(Uitdagingsfase.AANVAARD);
        assertThat(initiatief.getUitdagingsbesluit()).hasValueSatisfying(besluit -> {
            assertThat(besluit.aanvaard()).isTrue();
            assertThat(besluit.door()).isEqualTo("Jeroen");
            assertThat(besluit.op()).isEqualTo(klok.instant());
        });
    }

    @Test
    void a_refused_challenge_keeps_its_reasons_and_the_initiative_goes_on_as_an_ordinary_one() {
        Initiatief initiatief = uitdaging();
        initiatief.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Jeroen", klok);

        initiatief.beslisOverUitdaging(false, "Het maaien is tot 2028 aanbesteed; de gemeente kan het niet overdragen.",
                "Jeroen", klok);
        initiatief.bepaalRol(Rol.STIMULEREN, "Het dorpsplein kan Dorpsbelang wel zelf opknappen.", "Jeroen", klok);
        initiatief.gaNaar(InitiatiefStatus.ROL_BEPAALD, null, "Jeroen", klok);

        assertThat(initiatief.uitdaging()).contains(Uitdagingsfase.AFGEWEZEN);
        assertThat(initiatief.getUitdagingsbesluit().orElseThrow().reden()).startsWith("Het maaien is tot 2028");
        assertThatThrownBy(() -> initiatief.wijzig(gegevens(false), klok))
                .as("once decided, whether it is a challenge is history")
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("uitdaging-al-beslist"));
    }

    @Test
    void a_decision_needs_reasons_a_challenge_in_beoordeling_and_is_taken_once() {
        Initiatief initiatief = uitdaging();
        assertThatThrownBy(() -> initiatief.beslisOverUitdaging(true, "Prima", "Jeroen", klok))
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("uitdaging-niet-in-beoordeling"));
        initiatief.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Jeroen", klok);
        assertThatThrownBy(() -> initiatief.beslisOverUitdaging(false, "  ", "Jeroen", klok))
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("besluit-zonder-motivering"));
        assertThat(initiatief.getUitdagingsbesluit()).isEmpty();

        initiatief.beslisOverUitdaging(true, "Beter en goedkoper.", "Jeroen", klok);

        assertThatThrownBy(() -> initiatief.beslisOverUitdaging(false, "Toch niet.", "Jeroen", klok))
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("uitdaging-al-beslist"));
        Initiatief gewoon = Initiatief.dienIn(new Gemeentecode("0214"), KernId.nieuw(), gegevens(false), "Sanne", klok);
        gewoon.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Jeroen", klok);
        assertThatThrownBy(() -> gewoon.beslisOverUitdaging(true, "Ja.", "Jeroen", klok))
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("geen-uitdaging"));
    }
}
