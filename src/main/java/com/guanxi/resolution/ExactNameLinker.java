package com.guanxi.resolution;

import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.Normalizer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Links by identifier or exact normalised name only (USCC, reg_no, name, former name after NFKC, bracket and space
 * unification). Persons are identified by name within the company the row is about. The baseline the entity
 * resolver improves on; deterministic, so re-importing a batch gives the same ids.
 */
public final class ExactNameLinker implements EntityLinker {

    private static final Pattern ORGANISATION = Pattern.compile(
            ".*(公司|企业|集团|银行|支行|分行|合作社|委员会|经营部|事务所|中心|厂|店|基金|合伙|协会|研究院|医院|学校|大学|局|厅|部|院|所|Ltd\\.?|Limited|Inc\\.?|LLC|GmbH|Corp\\.?)\\)?$",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Registered> byIdentifier = new HashMap<>();
    private final Map<String, Registered> byName = new HashMap<>();
    private final Map<String, Registered> byId = new HashMap<>();

    /** A registry company, its latest name with it: a mention costs one map lookup, not two. */
    private static final class Registered {
        final String id;
        String name;

        Registered(String id) {
            this.id = id;
        }
    }

    public ExactNameLinker(RegistrySnapshot snapshot) {
        for (var entry : snapshot.companies()) {
            index(entry.id(), entry.uscc(), entry.regNo(), entry.name(), entry.formerNames());
        }
    }

    @Override
    public void registerCompany(CompanyRecord company) {
        index(EntityLinker.registryId(company), company.uscc(), company.regNo(), company.name(), company.formerNames());
    }

    private void index(String id, String uscc, String regNo, String name, Iterable<String> formerNames) {
        Registered company = byId.computeIfAbsent(id, Registered::new);
        company.name = name;
        if (uscc != null) byIdentifier.put(uscc, company);
        if (regNo != null) byIdentifier.put(regNo, company);
        String key = Normalizer.name(name);
        if (key != null) byName.put(key, company);
        if (formerNames != null) {
            for (String former : formerNames) {
                String formerKey = Normalizer.name(former);
                if (formerKey != null) byName.putIfAbsent(formerKey, company);
            }
        }
    }

    @Override
    public Link company(String name, String uscc, MentionContext context) {
        String identifier = uscc == null ? null : Normalizer.text(uscc).toUpperCase();
        if (identifier != null) {
            Registered company = byIdentifier.get(identifier);
            if (company != null) return new Link(Link.COMPANY, company.id, uscc, company.name, 1.0, "uscc", true);
        }
        String key = Normalizer.name(name);
        if (key != null) {
            Registered company = byName.get(key);
            if (company != null) {
                return new Link(Link.COMPANY, company.id, uscc(company.id), company.name, 0.95, "exact_name", true);
            }
        }
        if (identifier != null) {
            return new Link(Link.COMPANY, identifier, identifier, name, 0.9, "uscc_outside_registry", false);
        }
        return new Link(Link.COMPANY, "EXT-" + digest(key), null, name, 0.6, "new_external", false);
    }

    @Override
    public Link person(String name, MentionContext context) {
        String key = Normalizer.name(name);
        String scope = context.aboutCompanyId() == null ? "" : context.aboutCompanyId();
        return new Link(Link.PERSON, "P-" + digest(key + "|" + scope), null, name, 0.8, "name_in_company", false);
    }

    @Override
    public Link party(String name, String uscc, String declaredType, MentionContext context) {
        boolean person = declaredType != null ? declaredType.contains("自然人")
                : uscc == null && !looksLikeOrganisation(name);
        return person ? person(name, context) : company(name, uscc, context);
    }

    /** Organisation names end in a legal form or an institution word; Chinese personal names are short. */
    public static boolean looksLikeOrganisation(String name) {
        String key = Normalizer.name(name);
        return key != null && (key.length() > 5 || ORGANISATION.matcher(key).matches());
    }

    private String uscc(String id) {
        return id.startsWith("REGNO-") ? null : id;
    }

    static String digest(String value) {
        byte[] hash = SHA_256.get().digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, 8);
    }

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** A digest per thread: one per mention looked up by name costs more than the hashing (millions of rows). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
