package nl.kernpunt.adapter.rest.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class CijfersAlsCsvTest {

    private final ObjectMapper json = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void every_scalar_list_item_and_nested_field_becomes_one_row_money_as_text_too_and_fields_are_quoted_as_rfc_4180_asks() throws Exception {
        String csv = CijfersAlsCsv.csv(json.readTree("""
                {"bereik": {"gemeente": "0214", "kern": null},
                 "vragen": {"ontvangen": 3, "percentage": 66.7, "perKanaal": [{"kanaal": "e-mail, brief", "aantal": 2}],
                            "termijn": {"binnen": 1}},
                 "budget": {"regelingen": [{"regeling": "leef\\"baar", "beschikbaar": null, "toegekend": "1500.00"}]}}
                """));

        assertThat(csv).isEqualTo("sectie,cijfer,kwalificatie,waarde\r\n"
                + "bereik,gemeente,,0214\r\n"
                + "bereik,kern,,\r\n"
                + "vragen,ontvangen,,3\r\n"
                + "vragen,percentage,,66.7\r\n"
                + "vragen,perKanaal,\"e-mail, brief\",2\r\n"
                + "vragen,termijn.binnen,,1\r\n"
                + "budget,regelingen.beschikbaar,\"leef\"\"baar\",\r\n"
                + "budget,regelingen.toegekend,\"leef\"\"baar\",1500.00\r\n");
    }
}
