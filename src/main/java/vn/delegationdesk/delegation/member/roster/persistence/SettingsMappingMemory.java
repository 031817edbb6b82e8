package vn.delegationdesk.delegation.member.roster.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.delegation.member.roster.MappingMemory;
import vn.delegationdesk.delegation.member.roster.MemberField;
import vn.delegationdesk.delegation.member.roster.RememberedMapping;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * Keeps the confirmed column mapping as the setting {@value #SETTING}, as JSON:
 * {@code {"version":1,"columns":{"ho va ten":"FULL_NAME","stt":null}}} (header key to field, null for ignored).
 * Content this build cannot read (a newer version, damaged text) is treated as no memory, never as a failure.
 */
public final class SettingsMappingMemory implements MappingMemory {
    public static final String SETTING = "roster.import.columnMapping";
    private static final int VERSION = 1;

    private final SettingsRepository settings;
    /** Made on first use: Jackson's start costs a tenth of a second the window's start need not wait for. */
    private ObjectMapper json;

    public SettingsMappingMemory(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public RememberedMapping load() {
        Optional<String> content = settings.get(SETTING);
        return content.isEmpty() ? RememberedMapping.NONE : parse(content.get());
    }

    @Override
    public void save(RememberedMapping mapping) {
        ObjectNode root = json().createObjectNode();
        root.put("version", VERSION);
        ObjectNode columns = root.putObject("columns");
        mapping.asMap().forEach((key, field) -> {
            if (field == null) {
                columns.putNull(key);
            } else {
                columns.put(key, field.name());
            }
        });
        try {
            settings.put(SETTING, json().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the column mapping", e);
        }
    }

    private RememberedMapping parse(String content) {
        try {
            JsonNode root = json().readTree(content);
            if (root == null || root.path("version").asInt() != VERSION || !root.path("columns").isObject()) {
                log().warn("Ignoring a remembered column mapping this version cannot read");
                return RememberedMapping.NONE;
            }
            Map<String, MemberField> choices = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.get("columns").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                JsonNode value = entry.getValue();
                if (value.isNull()) {
                    choices.put(entry.getKey(), null);
                } else if (value.isTextual() && isField(value.textValue())) {
                    choices.put(entry.getKey(), MemberField.valueOf(value.textValue()));
                }
            }
            return RememberedMapping.of(choices);
        } catch (JsonProcessingException e) {
            log().warn("Ignoring a damaged remembered column mapping: {}", e.getOriginalMessage());
            return RememberedMapping.NONE;
        }
    }

    private static boolean isField(String name) {
        for (MemberField field : MemberField.values()) {
            if (field.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private synchronized ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper();
        }
        return json;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(SettingsMappingMemory.class);
    }
}
