package com.guanxi.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks phone numbers, e-mail addresses and personal identifiers in a JSON tree, recognised by field name
 * ({@code phone}, {@code email}, {@code idNumber}, ... in any case, with or without {@code _}/{@code -}, and
 * {@code legalRepPhone}-style names ending in one of them). Text that is itself a JSON object (the facts kept in a
 * company's history) is masked inside too, and so is the {@code value} of an object whose {@code type} is one of those
 * names (a shared phone or e-mail in tag evidence), and the {@code via} of an associated party connected first by a
 * shared phone or e-mail. The tree is changed in place.
 * <ul>
 *   <li>phone: {@code 13812341234} → {@code 138****1234}; shorter numbers keep their last 4 digits at most</li>
 *   <li>e-mail: {@code alice@x.com} → {@code a***@x.com}</li>
 *   <li>identifier: {@code 110101199003071234} → {@code 110****1234}</li>
 * </ul>
 */
public final class PersonalData {

    enum Kind { PHONE, EMAIL, IDENTIFIER }

    private static final Map<String, Kind> NAMES = Map.ofEntries(
            Map.entry("phone", Kind.PHONE), Map.entry("phones", Kind.PHONE), Map.entry("tel", Kind.PHONE),
            Map.entry("telephone", Kind.PHONE), Map.entry("mobile", Kind.PHONE), Map.entry("fax", Kind.PHONE),
            Map.entry("email", Kind.EMAIL), Map.entry("emails", Kind.EMAIL), Map.entry("mail", Kind.EMAIL),
            Map.entry("idnumber", Kind.IDENTIFIER), Map.entry("idno", Kind.IDENTIFIER), Map.entry("idcard", Kind.IDENTIFIER),
            Map.entry("idcardno", Kind.IDENTIFIER), Map.entry("certno", Kind.IDENTIFIER),
            Map.entry("certificateno", Kind.IDENTIFIER), Map.entry("certificatenumber", Kind.IDENTIFIER),
            Map.entry("passportno", Kind.IDENTIFIER), Map.entry("passportnumber", Kind.IDENTIFIER),
            Map.entry("身份证号", Kind.IDENTIFIER), Map.entry("证件号码", Kind.IDENTIFIER),
            Map.entry("电话", Kind.PHONE), Map.entry("手机", Kind.PHONE), Map.entry("邮箱", Kind.EMAIL));
    private static final Set<String> SUFFIXES = Set.of("phone", "mobile", "email", "idnumber", "idcard", "idcardno");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalData() {
    }

    /** Masks every personal field in the tree; returns whether anything was masked. */
    public static boolean mask(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            changed = maskTypedValue(object);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                Kind kind = kindOf(name);
                if (kind != null && (value.isTextual() || value.isNumber())) {
                    object.set(name, TextNode.valueOf(mask(kind, value.asText())));
                    changed = true;
                } else if (kind != null && value instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).isTextual()) {
                            array.set(i, TextNode.valueOf(mask(kind, array.get(i).asText())));
                            changed = true;
                        }
                    }
                } else if (value.isTextual()) {
                    String embedded = maskEmbedded(value.asText());
                    if (embedded != null) {
                        object.set(name, TextNode.valueOf(embedded));
                        changed = true;
                    }
                } else {
                    changed |= mask(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) changed |= mask(item);
        }
        return changed;
    }

    /**
     * A value that says what it is instead of being named for it: {@code {"type": "phone", "value": "138…"}}, as in
     * the evidence of a shared phone or e-mail.
     */
    private static boolean maskTypedValue(ObjectNode object) {
        JsonNode via = object.get("via");
        JsonNode relations = object.get("relations");
        if (via != null && via.isTextual() && relations != null && relations.isArray() && !relations.isEmpty()) {
            // An associated party's "via" is what connects it by its first relation: a shared phone or e-mail there.
            Kind kind = switch (relations.get(0).asText()) {
                case "shared_phone" -> Kind.PHONE;
                case "shared_email" -> Kind.EMAIL;
                default -> null;
            };
            if (kind != null) {
                object.set("via", TextNode.valueOf(mask(kind, via.asText())));
                return true;
            }
        }
        JsonNode type = object.get("type");
        JsonNode value = object.get("value");
        if (type == null || !type.isTextual() || value == null || !value.isTextual()) return false;
        Kind kind = NAMES.get(type.asText().toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
        if (kind == null) return false;
        object.set("value", TextNode.valueOf(mask(kind, value.asText())));
        return true;
    }

    static Kind kindOf(String field) {
        String key = field.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        Kind kind = NAMES.get(key);
        if (kind != null) return kind;
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix)) return NAMES.get(suffix);
        }
        return null;
    }

    static String mask(Kind kind, String value) {
        if (value == null || value.isBlank()) return value;
        return switch (kind) {
            case PHONE -> phone(value);
            case EMAIL -> email(value);
            case IDENTIFIER -> identifier(value);
        };
    }

    /** Chinese practice for mobiles (138****1234); area code and extension separators are dropped. */
    static String phone(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() >= 11) return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        if (digits.length() >= 8) return "****" + digits.substring(digits.length() - 4);
        return "****";
    }

    static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) return "***";
        return value.charAt(0) + "***" + value.substring(at);
    }

    static String identifier(String value) {
        String compact = value.strip();
        if (compact.length() >= 11) return compact.substring(0, 3) + "****" + compact.substring(compact.length() - 4);
        return "****";
    }

    /** Masked JSON text when the text is a JSON object holding personal fields, else null. */
    private static String maskEmbedded(String text) {
        String t = text.strip();
        if (t.length() < 2 || t.charAt(0) != '{' || t.charAt(t.length() - 1) != '}') return null;
        try {
            JsonNode tree = JSON.readTree(t);
            return mask(tree) ? JSON.writeValueAsString(tree) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
