package io.changeflow.report;

import java.util.List;

/**
 * KPIs for change managers and auditors, month by month and over the whole range.
 *
 * @param from the first month, {@code YYYY-MM}
 * @param to the last month, {@code YYYY-MM} (inclusive)
 * @param months one entry per month of the range, oldest first, months without activity
 * included
 * @param totals the same figures over the whole range (percentiles over every event of
 * the range, not averages of the months)
 */
public record KpiReport(String from, String to, List<KpiFigures> months, KpiFigures totals) {
}
