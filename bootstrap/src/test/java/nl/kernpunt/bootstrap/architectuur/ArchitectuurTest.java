package nl.kernpunt.bootstrap.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule domain ← application ← adapters ← bootstrap, checked on the compiled
 * production classes. Plain JUnit tests that call {@code check} themselves: ArchUnit's own
 * JUnit 5 engine is not run by the JUnit 6 platform Quarkus brings, and would pass silently.
 */
class ArchitectuurTest {

    private static final String DOMAIN = "nl.kernpunt.domain..";
    private static final String APPLICATION = "nl.kernpunt.application..";
    private static final String APPLICATION_SERVICES = "nl.kernpunt.application.*.service..";
    private static final String PORTS_OUT = "nl.kernpunt.application.*.port.out..";
    private static final String IDEMPOTENTIE = "nl.kernpunt.application.gedeeld.idempotentie..";
    /** The application's rooms, one per feature; gedeeld is what they all share. */
    private static final List<String> FEATURES = List.of("gemeente", "kern", "initiatief", "vraag", "subsidie",
            "traject", "bijeenkomst", "kernagenda", "indicator", "monitoring", "zaaksysteem",
            "bedrijfsvoering", "verwijdering", "gebeurtenis", "voordeur", "begroting",
            "persoonsgegevens");
    private static final String ADAPTERS = "nl.kernpunt.adapter..";
    private static final String REST = "nl.kernpunt.adapter.rest..";
    private static final String PERSISTENCE = "nl.kernpunt.adapter.persistence..";
    private static final String BOOTSTRAP = "nl.kernpunt.bootstrap..";
    private static final String ZAAKSYSTEEM = "nl.kernpunt.adapter.zaaksysteem..";
    private static final String GENERATED_API = "nl.kernpunt.api..";
    private static final String WEBHOOK = "nl.kernpunt.adapter.webhook..";

    /** Production classes only: neither test-classes nor the test-jars other modules share. */
    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(locatie -> !locatie.contains("-tests.jar"))
            .importPackages("nl.kernpunt");

    @Test
    void the_import_sees_every_module() {
        assertThat(KLASSEN.containPackage("nl.kernpunt.domain.kern")).isTrue();
        for (String feature : FEATURES) {
            assertThat(KLASSEN.containPackage("nl.kernpunt.application." + feature + ".port.in"))
                    .as(feature).isTrue();
        }
        assertThat(KLASSEN.containPackage("nl.kernpunt.application.kern.service")).isTrue();
        assertThat(KLASSEN.containPackage("nl.kernpunt.adapter.rest.kern")).isTrue();
        assertThat(KLASSEN.containPackage("nl.kernpunt.adapter.persistence.kern")).isTrue();
        assertThat(KLASSEN.containPackage("nl.kernpunt.api.model")).isTrue();
        assertThat(KLASSEN.containPackage("nl.kernpunt.adapter.zaaksysteem")).isTrue();
        assertThat(KLASSEN.stream().noneMatch(k -> k.getSimpleName().endsWith("Test"))).isTrue();
    }

    @Test
    void domain_should_only_depend_on_java_and_domain() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
                .check(KLASSEN);
    }

    @Test
    void application_should_not_depend_on_adapters_or_frameworks() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION,
                        // the standard scope and transaction-boundary annotations only (docs/adr/0002), and the
                        // standard interceptor API for the processing log's one interceptor (docs/adr/0018)
                        "jakarta.enterprise.context..", "jakarta.transaction..", "jakarta.interceptor..",
                        "jakarta.enterprise.util..", "jakarta.annotation..",
                        // the JDK's HMAC for the data subjects' pseudonyms
                        "javax.crypto..")
                .check(KLASSEN);
    }

    @Test
    void rest_adapter_should_not_depend_on_other_adapters_or_bootstrap() {
        noClasses().that().resideInAPackage(REST)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, ZAAKSYSTEEM, WEBHOOK, BOOTSTRAP)
                .check(KLASSEN);
    }

    @Test
    void persistence_adapter_should_not_depend_on_other_adapters_or_bootstrap() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(REST, ZAAKSYSTEEM, WEBHOOK, GENERATED_API, BOOTSTRAP)
                .check(KLASSEN);
    }

    @Test
    void zaaksysteem_adapter_should_not_depend_on_other_adapters_or_bootstrap() {
        noClasses().that().resideInAPackage(ZAAKSYSTEEM)
                .should().dependOnClassesThat().resideInAnyPackage(REST, PERSISTENCE, WEBHOOK, GENERATED_API, BOOTSTRAP)
                .check(KLASSEN);
    }

    @Test
    void webhook_adapter_should_not_depend_on_other_adapters_or_bootstrap() {
        noClasses().that().resideInAPackage(WEBHOOK)
                .should().dependOnClassesThat().resideInAnyPackage(REST, PERSISTENCE, ZAAKSYSTEEM, GENERATED_API, BOOTSTRAP)
                .check(KLASSEN);
    }

    @Test
    void the_case_system_is_only_called_through_its_port() {
        noClasses().that().resideOutsideOfPackage(ZAAKSYSTEEM)
                .should().dependOnClassesThat().resideInAPackage("nl.kernpunt.adapter.zaaksysteem.zgw..")
                .check(KLASSEN);
    }

    @Test
    void jpa_entities_should_only_be_used_in_persistence_adapter() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(PERSISTENCE)
                .andShould().onlyBeAccessed().byClassesThat().resideInAPackage(PERSISTENCE)
                .check(KLASSEN);
    }

    @Test
    void panache_should_only_be_used_in_persistence_adapter() {
        noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .check(KLASSEN);
    }

    @Test
    void transactional_should_only_annotate_application_services() {
        classes().that().areAnnotatedWith("jakarta.transaction.Transactional")
                .should().resideInAnyPackage(APPLICATION_SERVICES, IDEMPOTENTIE)
                .andShould().haveSimpleNameEndingWith("Service")
                .check(KLASSEN);
        noClasses().that().resideOutsideOfPackages(APPLICATION_SERVICES, IDEMPOTENTIE)
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .check(KLASSEN);
    }

    @Test
    void generated_api_should_only_be_used_by_rest_adapter() {
        noClasses().that().resideOutsideOfPackages(REST, GENERATED_API)
                .should().dependOnClassesThat().resideInAPackage(GENERATED_API)
                .check(KLASSEN);
    }

    @Test
    void use_cases_should_be_interfaces_in_port_in() {
        classes().that().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .andShould().resideInAPackage("nl.kernpunt.application.*.port.in..")
                .check(KLASSEN);
    }

    @Test
    void rest_adapter_should_drive_the_application_through_its_ports_in_only() {
        noClasses().that().resideInAPackage(REST)
                .should().dependOnClassesThat().resideInAnyPackage(PORTS_OUT, APPLICATION_SERVICES)
                .check(KLASSEN);
    }

    /** A schedule or a webhook drives a use case like a REST call does; the services stay replaceable. */
    @Test
    void no_adapter_should_depend_on_application_services() {
        noClasses().that().resideInAPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAPackage(APPLICATION_SERVICES)
                .check(KLASSEN);
    }

    @Test
    void application_packages_are_the_features_and_gedeeld() {
        List<String> kamers = new ArrayList<>(FEATURES);
        kamers.add("gedeeld");
        classes().that().resideInAPackage(APPLICATION)
                .should().resideInAnyPackage(kamers.stream().map(k -> "nl.kernpunt.application." + k + "..")
                        .toArray(String[]::new))
                .check(KLASSEN);
    }

    /** What one feature needs of another goes through that feature's ports or model, not its services. */
    @Test
    void features_should_not_reach_into_each_others_services() {
        for (String feature : FEATURES) {
            String eigen = "nl.kernpunt.application." + feature + "..";
            noClasses().that().resideInAPackage(APPLICATION).and().resideOutsideOfPackage(eigen)
                    .should().dependOnClassesThat().resideInAPackage("nl.kernpunt.application." + feature + ".service..")
                    .check(KLASSEN);
        }
    }
}
