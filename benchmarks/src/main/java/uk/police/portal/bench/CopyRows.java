package uk.police.portal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with PostgreSQL's COPY in its text format: tab between columns,
 * {@code \N} for null, and backslash escapes for the characters that would break a row.
 */
final class CopyRows implements AutoCloseable {

  private final PGCopyOutputStream stream;
  private final Writer out;
  private long rows;

  CopyRows(Connection connection, String table, String columns) throws SQLException {
    stream =
        new PGCopyOutputStream(
            connection.unwrap(PGConnection.class),
            "COPY " + table + " (" + columns + ") FROM STDIN",
            1 << 16);
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  void row(Object... values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(field(values[i]));
    }
    out.write('\n');
    rows++;
  }

  /** One value as COPY's text format reads it. */
  static String field(Object value) {
    if (value == null) {
      return "\\N";
    }
    String text = value.toString();
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  long rows() {
    return rows;
  }

  /** Ends the COPY; PostgreSQL checks the rows now and fails here if one is wrong. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
