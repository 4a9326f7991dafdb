package com.guanxi.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The row rules of shared/contracts/import-format.md: required columns, identifier checks (definitions.md "USCC
 * validity"), and value normalisation through {@link Normalizer}. A row gets one reject, for its first fault in this
 * order: missing required values, identifiers, then the other values in column order. Strings are kept as delivered
 * (stripped); only identifiers are stored in canonical form (NFKC, upper case) because they are join keys.
 */
final class CanonicalRecords {
    private static final Set<String> ACTIVE = Set.of("active", "有效", "正常", "履行中", "在保");
    private static final Set<String> RELEASED = Set.of("released", "解除", "已解除", "终止", "已终止", "结清", "已结清");

    private CanonicalRecords() {
    }

    static CompanyRecord company(Row r, String batch) throws RowRejected {
        required(r, "name");
        if (r.get("uscc") == null && r.get("reg_no") == null) {
            throw new RowRejected("uscc", null, Rejects.MISSING_REQUIRED, "neither uscc nor reg_no");
        }
        String uscc = uscc(r, "uscc");
        String regNo = regNo(r, "reg_no");
        Money capital = amount(r, "registered_capital");
        LocalDate established = date(r, "established");
        return new CompanyRecord(source(r, batch), uscc, regNo, r.get("name"), formerNames(r.get("former_names")),
                r.get("legal_rep"), capital, established, r.get("status"), r.get("company_type"), r.get("address"),
                r.get("phone"), r.get("email"), r.get("industry"), r.extra);
    }

    static ShareholderRecord shareholder(Row r, String batch) throws RowRejected {
        if (r.get("company_uscc") == null && r.get("company_name") == null) {
            throw new RowRejected("company_uscc", null, Rejects.MISSING_REQUIRED, "neither company_uscc nor company_name");
        }
        required(r, "shareholder_name");
        String companyUscc = uscc(r, "company_uscc");
        String holderUscc = uscc(r, "shareholder_uscc");
        BigDecimal ratio = ratio(r, "ratio");
        Money subscribed = amount(r, "subscribed_capital");
        LocalDate since = date(r, "since");
        return new ShareholderRecord(source(r, batch), companyUscc, r.get("company_name"), r.get("shareholder_name"),
                r.get("shareholder_type"), holderUscc, ratio, subscribed, since, r.extra);
    }

    static PersonnelRecord personnel(Row r, String batch) throws RowRejected {
        if (r.get("company_uscc") == null && r.get("company_name") == null) {
            throw new RowRejected("company_uscc", null, Rejects.MISSING_REQUIRED, "neither company_uscc nor company_name");
        }
        required(r, "person_name");
        required(r, "position");
        String companyUscc = uscc(r, "company_uscc");
        return new PersonnelRecord(source(r, batch), companyUscc, r.get("company_name"), r.get("person_name"),
                r.get("position"), r.extra);
    }

    static GuaranteeRecord guarantee(Row r, String batch) throws RowRejected {
        required(r, "contract_id");
        required(r, "guarantor_name");
        required(r, "borrower_name");
        String guarantorUscc = uscc(r, "guarantor_uscc");
        String borrowerUscc = uscc(r, "borrower_uscc");
        Money amount = amount(r, "amount");
        if (amount == null) {
            throw new RowRejected("amount", r.raw("amount"), Rejects.MISSING_REQUIRED, "amount is required");
        }
        LocalDate start = date(r, "start_date");
        LocalDate end = date(r, "end_date");
        String status = guaranteeStatus(r);
        return new GuaranteeRecord(source(r, batch), r.get("contract_id"), r.get("guarantor_name"), guarantorUscc,
                r.get("borrower_name"), borrowerUscc, r.get("creditor_name"), amount, r.get("guarantee_type"), start,
                end, status, r.extra);
    }

    static JudgmentRecord judgment(Row r, String batch) throws RowRejected {
        String caseNo = required(r, "case_no");
        required(r, "text");
        LocalDate date = date(r, "date");
        // the text is kept exactly as delivered (offsets into it are evidence), not stripped
        return new JudgmentRecord(source(r, batch), caseNo, Normalizer.caseNumber(caseNo), r.get("court"), date,
                r.get("cause"), r.get("doc_type"), r.raw("text"), r.extra);
    }

    // ------------------------------------------------------------------ field rules

    private static SourceRef source(Row r, String batch) {
        return new SourceRef(batch, r.file, r.line);
    }

    private static String required(Row r, String column) throws RowRejected {
        String v = r.get(column);
        if (v == null) throw new RowRejected(column, r.raw(column), Rejects.MISSING_REQUIRED, column + " is required");
        return v;
    }

    private static String uscc(Row r, String column) throws RowRejected {
        String v = r.get(column);
        if (v == null) return null;
        IdentifierCheck c = Uscc.check(v);
        if (!c.valid()) throw new RowRejected(column, r.raw(column), Rejects.INVALID_USCC, c.detail());
        return c.canonical();
    }

    private static String regNo(Row r, String column) throws RowRejected {
        String v = r.get(column);
        if (v == null) return null;
        IdentifierCheck c = RegNo.check(v);
        if (!c.valid()) throw new RowRejected(column, r.raw(column), Rejects.INVALID_REG_NO, c.detail());
        return c.canonical();
    }

    private static Money amount(Row r, String column) throws RowRejected {
        return value(r, column, Normalizer.amount(r.raw(column)));
    }

    private static BigDecimal ratio(Row r, String column) throws RowRejected {
        return value(r, column, Normalizer.ratio(r.raw(column)));
    }

    private static LocalDate date(Row r, String column) throws RowRejected {
        return value(r, column, Normalizer.date(r.raw(column)));
    }

    private static <T> T value(Row r, String column, Parsed<T> p) throws RowRejected {
        if (!p.ok()) throw new RowRejected(column, r.raw(column), p.reason(), p.detail());
        return p.value();
    }

    private static List<String> formerNames(String v) {
        if (v == null) return List.of();
        List<String> names = new ArrayList<>(2);
        for (String part : v.split("[;；]")) {
            String s = part.strip();
            if (!s.isEmpty()) names.add(s);
        }
        return List.copyOf(names);
    }

    private static String guaranteeStatus(Row r) throws RowRejected {
        String v = r.get("status");
        if (v == null) return "active";
        String key = Normalizer.text(v).toLowerCase(Locale.ROOT);
        if (ACTIVE.contains(key)) return "active";
        if (RELEASED.contains(key)) return "released";
        throw new RowRejected("status", r.raw("status"), Rejects.INVALID_STATUS,
                "status must be active or released (解除), not '" + Normalizer.shorten(v) + "'");
    }
}
