import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;

/**
 * Build step (api-spec/pom.xml, run from source by the JDK): the committed contract as JSON, so the
 * service serves both forms as they are and nothing parses or writes the document at start
 * (docs/adr/0025, third round). The same tree as the YAML, key order kept.
 */
public class ContractAlsJson {

    public static void main(String[] args) throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(new File(args[0]));
        File json = new File(args[1]);
        json.getParentFile().mkdirs();
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json, contract);
    }
}
