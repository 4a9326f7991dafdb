package com.guanxi.resolution;

import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.JudgmentRecord;

import java.util.List;

/**
 * The seam through which the import turns names into entities. One linker serves one import batch: it starts from
 * what the graph already holds ({@link RegistrySnapshot}), learns the batch's registry rows as they are read, and
 * links every later mention against both.
 */
public interface EntityLinker {

    /** Stable id of a registry row: its USCC, else {@code REGNO-<reg_no>}. */
    static String registryId(CompanyRecord company) {
        return company.uscc() != null ? company.uscc() : "REGNO-" + company.regNo();
    }

    /** Registers a registry company of this batch so that later mentions can resolve to it. */
    void registerCompany(CompanyRecord company);

    /** A mention known to name a company (uscc may be null). */
    Link company(String name, String uscc, MentionContext context);

    /** A mention known to name a natural person. */
    Link person(String name, MentionContext context);

    /**
     * A mention that may be a company or a person (shareholders, guarantors, borrowers). {@code declaredType} is the
     * source's own word for it (e.g. shareholder_type 自然人 / 企业法人) or null.
     */
    Link party(String name, String uscc, String declaredType, MentionContext context);

    /** The parties extracted from a judgment's text, each linked; none when the linker does no extraction. */
    default List<PartyLink> judgmentParties(JudgmentRecord judgment) {
        return List.of();
    }
}
