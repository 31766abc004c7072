package nl.kernpunt.domain.kern;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKernambtenaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class KernTest {

    private final VasteKlok klok = VasteKlok.op("2026-03-02T09:00:00Z");

    @Test
    void handing_over_the_kernambtenaar_closes_the_old_period_and_keeps_it() {
        Kern kern = eenKern().metKernambtenaar(eenKernambtenaar("Sanne de Vries")).bouw(klok);
        Instant start = klok.instant();
        klok.verzet(Duration.ofDays(200));

        kern.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Ahmed El Idrissi"), "Beheerder Buren",
                "Lopend: speeltuin Zoelen, bewonersavond 12 mei", klok);

        assertThat(kern.getKernambtenaar()).contains(eenKernambtenaar("Ahmed El Idrissi"));
        List<Functievervulling> ambtenaren = kern.getFunctiehistorie().stream()
                .filter(v -> v.functie() == Functie.KERNAMBTENAAR).toList();
        assertThat(ambtenaren).hasSize(2);
        assertThat(ambtenaren.get(0).persoon().naam()).isEqualTo("Sanne de Vries");
        assertThat(ambtenaren.get(0).van()).isEqualTo(start);
        assertThat(ambtenaren.get(0).tot()).isEqualTo(klok.instant());
        assertThat(ambtenaren.get(1).van()).isEqualTo(klok.instant());
        assertThat(ambtenaren.get(1).tot()).isNull();
        assertThat(ambtenaren.get(1).overgedragenDoor()).isEqualTo("Beheerder Buren");
        assertThat(ambtenaren.get(1).notitie()).contains("speeltuin");
        assertThat(kern.getGewijzigdOp()).isEqualTo(klok.instant());
    }

    /** 000: "niet iedere kern is hetzelfde": a kern may have its own answer term, within the gemeente's bounds. */
    /** 000 ("niet iedere kern is hetzelfde"): its own silence threshold and leefbaarheidsbudget, within bounds. */
    @Test
    void a_kerns_own_silence_threshold_and_budget_stay_within_bounds() {
        Maatwerk maatwerk = new Maatwerk(null, 14, Bedrag.euro(3000));

        assertThat(maatwerk.stilteDrempelDagen()).isEqualTo(14);
        assertThat(maatwerk.leefbaarheidsbudget()).isEqualTo(Bedrag.euro(3000));
        assertThatThrownBy(() -> new Maatwerk(null, 0, null)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "stilteDrempelDagen");
        assertThatThrownBy(() -> new Maatwerk(null, 366, null)).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> new Maatwerk(null, null, Bedrag.NUL)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "leefbaarheidsbudget");
    }

    @Test
    void a_kern_has_no_maatwerk_until_given_and_its_own_term_stays_within_the_gemeentes_bounds() {
        Kern kern = eenKern().bouw(klok);
        assertThat(kern.getMaatwerk()).isEqualTo(Maatwerk.GEEN);

        kern.stelMaatwerkIn(new Maatwerk(3, null, null), klok);

        assertThat(kern.getMaatwerk().antwoordtermijnDagen()).isEqualTo(3);
        assertThatThrownBy(() -> new Maatwerk(0, null, null)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "antwoordtermijnDagen");
        assertThatThrownBy(() -> new Maatwerk(61, null, null)).isInstanceOf(OngeldigeWaarde.class);
        kern.archiveer(klok);
        assertThatThrownBy(() -> kern.stelMaatwerkIn(Maatwerk.GEEN, klok)).isInstanceOf(RegelGeschonden.class);
    }

    @Test
    void handing_over_to_the_current_holder_is_refused() {
        Kern kern = eenKern().metKernambtenaar(eenKernambtenaar("Sanne de Vries")).bouw(klok);

        assertThatThrownBy(() -> kern.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Sanne de Vries"), "x", null, klok))
                .isInstanceOf(RegelGeschonden.class)
                .extracting(f -> ((RegelGeschonden) f).code())
                .isEqualTo("functie-ongewijzigd");
    }

    @Test
    void a_first_kernwethouder_can_be_appointed_by_handover_to_a_kern_without_one() {
        Kern kern = eenKern().zonderKernambtenaar().bouw(klok);

        kern.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Sanne de Vries"), "Beheerder", null, klok);

        assertThat(kern.getKernambtenaar()).isPresent();
        assertThat(kern.getFunctiehistorie()).filteredOn(v -> v.functie() == Functie.KERNAMBTENAAR).hasSize(1);
    }

    @Test
    void an_archived_kern_can_no_longer_change() {
        Kern kern = eenKern().bouw(klok);
        kern.archiveer(klok);

        assertThatThrownBy(() -> kern.wijzig(eenKern().genaamd("Ander").profiel(), klok))
                .isInstanceOf(RegelGeschonden.class).hasMessageContaining("gearchiveerd");
        assertThatThrownBy(() -> kern.archiveer(klok)).isInstanceOf(RegelGeschonden.class);
        assertThatThrownBy(() -> kern.draagOver(Functie.KERNWETHOUDER, new Contactpersoon("Nieuw", null, null), "x", null, klok))
                .isInstanceOf(RegelGeschonden.class);
    }

    @Test
    void the_public_view_shows_name_area_and_current_kernambtenaar_only() {
        Kern kern = eenKern().genaamd("Zoelen").inGebied("Buren e.o.").bouw(klok);

        OpenbareKern openbaar = kern.openbaar();

        assertThat(openbaar.naam()).isEqualTo("Zoelen");
        assertThat(openbaar.gebied()).isEqualTo("Buren e.o.");
        assertThat(openbaar.kernambtenaar()).isEqualTo(kern.getKernambtenaar().orElseThrow());
        assertThat(openbaar.gemeente()).isEqualTo(kern.getGemeente());
    }

    @Test
    void a_profile_needs_a_name_and_defaults_to_the_first_rollout_phase() {
        assertThatThrownBy(() -> new KernProfiel("  ", null, null, null, null))
                .isInstanceOf(OngeldigeWaarde.class)
                .extracting(f -> ((OngeldigeWaarde) f).veld()).isEqualTo("naam");
        assertThat(new KernProfiel("Ingen", null, null, null, null).uitrolfase()).isEqualTo(Uitrolfase.BEGINSITUATIE);
    }

    @Test
    void a_signed_convenant_needs_its_date() {
        assertThatThrownBy(() -> new Dorpsbelangenorganisatie("Dorpsbelang Maurik", null, ConvenantStatus.AFGESLOTEN))
                .isInstanceOf(OngeldigeWaarde.class)
                .extracting(f -> ((OngeldigeWaarde) f).veld()).isEqualTo("convenantDatum");
    }

    @Test
    void contact_details_are_checked() {
        assertThatThrownBy(() -> new Contactpersoon("Sanne", "geen-adres", null)).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> new Contactpersoon("Sanne", null, "bel me")).isInstanceOf(OngeldigeWaarde.class);
        assertThat(new Contactpersoon(" Sanne ", " ", null)).isEqualTo(new Contactpersoon("Sanne", null, null));
    }
}
