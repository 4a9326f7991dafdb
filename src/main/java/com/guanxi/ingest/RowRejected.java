package com.guanxi.ingest;

/** Raised while mapping a row that has to be rejected; carries the column, value and reason. No stack trace (cheap). */
final class RowRejected extends Exception {
    final String column;
    final String value;
    final String reason;
    final String detail;

    RowRejected(String column, String value, String reason, String detail) {
        super(reason, null, false, false);
        this.column = column;
        this.value = value;
        this.reason = reason;
        this.detail = detail;
    }
}
