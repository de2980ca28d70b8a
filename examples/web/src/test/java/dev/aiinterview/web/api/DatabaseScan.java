package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Looks for strings in every text column of every table of the app's schema (H2 or PostgreSQL). */
final class DatabaseScan {

    private record Column(String table, String column) {}

    /** Where each needle occurs, as {@code table.column: needle}; empty when nowhere. */
    static List<String> find(Database db, List<String> needles) {
        List<Column> columns = db.query("SELECT table_name, column_name, data_type FROM information_schema.columns "
                + "WHERE LOWER(table_schema) = 'public'", rs -> {
                    String type = rs.getString(3).toLowerCase(Locale.ROOT);
                    return type.contains("char") || type.equals("text") || type.contains("clob")
                            ? new Column(rs.getString(1), rs.getString(2)) : null;
                }).stream().filter(c -> c != null).toList();
        if (columns.isEmpty()) {
            throw new AssertionError("No text columns found: the scan would prove nothing");
        }
        List<String> found = new ArrayList<>();
        for (Column c : columns) {
            for (String needle : needles) {
                long hits = db.queryOne("SELECT COUNT(*) FROM \"" + c.table() + "\" WHERE \"" + c.column()
                        + "\" LIKE ?", rs -> rs.getLong(1), "%" + needle + "%").orElse(0L);
                if (hits > 0) {
                    found.add(c.table() + "." + c.column() + ": " + needle);
                }
            }
        }
        return found;
    }

    private DatabaseScan() {
    }
}
