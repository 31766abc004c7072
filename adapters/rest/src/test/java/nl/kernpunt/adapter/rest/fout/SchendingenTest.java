package nl.kernpunt.adapter.rest.fout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.api.KernenApi;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.Communicatiekanaal;
import nl.kernpunt.api.model.Contactpersoon;
import nl.kernpunt.api.model.InvalidParam;
import nl.kernpunt.api.model.KanaalType;
import nl.kernpunt.api.model.Kern;
import nl.kernpunt.api.model.Kernmaatwerk;
import nl.kernpunt.api.model.KernNieuw;
import nl.kernpunt.api.model.KernPagina;
import nl.kernpunt.api.model.KernWijziging;
import nl.kernpunt.api.model.Kernagenda;
import nl.kernpunt.api.model.KernagendaWijziging;
import nl.kernpunt.api.model.Kerncanvas;
import nl.kernpunt.api.model.KerncanvasWijziging;
import nl.kernpunt.api.model.Overdracht;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A violation is named as the client wrote it: a field path, or the parameter's name in the contract. */
class SchendingenTest {

    private static final ValidatorFactory FABRIEK = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private final Validator validator = FABRIEK.getValidator();
    private final KernenApi resource = new GeenResource();

    @AfterAll
    static void sluit() {
        FABRIEK.close();
    }

    private List<InvalidParam> parameters(String methode, Object... argumenten) throws NoSuchMethodException {
        Method m = List.of(GeenResource.class.getMethods()).stream().filter(k -> k.getName().equals(methode))
                .findFirst().orElseThrow();
        Set<ConstraintViolation<KernenApi>> schendingen = validator.forExecutables().validateParameters(resource, m, argumenten);
        return Schendingen.invalidParams(schendingen);
    }

    @Test
    void body_fields_are_named_by_their_path_without_method_and_argument() throws Exception {
        KernNieuw kern = new KernNieuw("")
                .kernambtenaar(new Contactpersoon("A").telefoon("bel maar"))
                .addCommunicatiekanalenItem(new Communicatiekanaal(KanaalType.WEBSITE, "x".repeat(151)));

        assertThat(parameters("maakKern", kern, null))
                .extracting(InvalidParam::getName, InvalidParam::getCode)
                .containsExactly(
                        tuple("communicatiekanalen[0].naam", "lengte"),
                        tuple("kernambtenaar.telefoon", "patroon"),
                        tuple("naam", "lengte"));
    }

    @Test
    void a_missing_required_field_and_a_missing_body_are_verplicht() throws Exception {
        assertThat(parameters("maakKern", new KernNieuw(null), null))
                .extracting(InvalidParam::getName, InvalidParam::getCode)
                .containsExactly(tuple("naam", "verplicht"));
        assertThat(parameters("maakKern", null, "sleutel"))
                .extracting(InvalidParam::getName, InvalidParam::getCode)
                .containsExactly(tuple("body", "verplicht"));
    }

    @Test
    void query_and_header_parameters_carry_their_contract_name() throws Exception {
        assertThat(parameters("zoekKernen", "214", null, "x", null, null, null, 0))
                .extracting(InvalidParam::getName, InvalidParam::getCode)
                .containsExactly(tuple("gemeente", "patroon"), tuple("pageSize", "buiten-bereik"), tuple("zoek", "lengte"));
        assertThat(parameters("archiveerKern", UUID.randomUUID(), "\"" + "9".repeat(70) + "\""))
                .extracting(InvalidParam::getName).containsExactly("If-Match");
    }

    @Test
    void the_reason_is_the_constraint_message() throws Exception {
        assertThat(parameters("maakKern", null, null)).singleElement()
                .satisfies(param -> assertThat(param.getReason()).isNotBlank());
    }

    /** Only its signature matters: validation reads the constraints the generated interface declares. */
    static class GeenResource implements KernenApi {

        @Override
        public RestResponse<Kern> archiveerKern(UUID kernId, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<Kern> draagKernambtenaarOver(UUID kernId, Overdracht overdracht, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<Kern> draagKernwethouderOver(UUID kernId, Overdracht overdracht, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<Kern> stelKernmaatwerkIn(UUID kernId, Kernmaatwerk maatwerk, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<Kern> leesKern(UUID kernId) {
            return null;
        }

        @Override
        public RestResponse<Kern> maakKern(KernNieuw kernNieuw, String idempotencyKey) {
            return null;
        }

        @Override
        public RestResponse<Kern> wijzigKern(UUID kernId, KernWijziging kernWijziging, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<KernPagina> zoekKernen(String gemeente, String gebied, String zoek, Boolean gearchiveerd,
                                                   OffsetDateTime updatedSince, String cursor, Integer pageSize) {
            return null;
        }

        @Override
        public RestResponse<Kernagenda> leesKernagenda(UUID kernId) {
            return null;
        }

        @Override
        public RestResponse<Kernagenda> stelKernagendaVast(UUID kernId, KernagendaWijziging wijziging, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<Kerncanvas> leesKerncanvas(UUID kernId) {
            return null;
        }

        @Override
        public RestResponse<Kerncanvas> stelKerncanvasVast(UUID kernId, KerncanvasWijziging wijziging, String ifMatch) {
            return null;
        }

        @Override
        public RestResponse<Auditspoor> leesKernagendaAudit(UUID kernId) {
            return null;
        }
    }
}
