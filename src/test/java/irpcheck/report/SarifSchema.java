package irpcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks SARIF against the subset of the 2.1.0 schema written from the spec ({@code src/test/resources/schema}). */
public final class SarifSchema {

    private SarifSchema() { }

    /** The parsed document, after asserting it has no schema errors. */
    public static JsonNode validSarif(String text) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(Path.of("src/test/resources/schema/sarif-2.1.0-subset.schema.json")));
        JsonNode doc = new ObjectMapper().readTree(text);
        var errors = schema.validate(doc);
        assertEquals(List.of(), errors.stream().map(Object::toString).sorted().toList(), "SARIF schema errors");
        return doc;
    }
}
