package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    record Row(String name, long count, String text) {}

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.text("name", "name", 8, Row::name),
            Column.number("count", "count", 3, 0, Row::count),
            Column.text("text", "text", Column.FLEX, Row::text));

    @Test
    void columnsAlignAndLongTextIsCutWithAnEllipsis() {
        List<String> lines = Table.render(COLUMNS, List.of(
                new Row("Putin", 12, "Russia and North Korea signed a treaty of comprehensive strategic partnership."),
                new Row("Kim Jong-un", 1234567, "Short.")), 50, false);
        assertEquals(List.of(
                "name          count  text",
                "--------  ---------  -----------------------------",
                "Putin            12  Russia and North Korea signe…",
                "Kim Jon…  1,234,567  Short."), lines);
        for (String line : lines) {
            assertTrue(line.codePointCount(0, line.length()) <= 50, line);
            assertFalse(line.endsWith(" "), "no trailing spaces: '" + line + "'");
        }
    }

    @Test
    void articleTextCannotBreakLinesOrSendEscapes() {
        List<String> lines = Table.render(COLUMNS,
                List.of(new Row("a\nb", 1, "line one\r\nline\ttwo \u001b[31mred\u001b[0m\u009b")), 80, true);
        assertEquals(3, lines.size());
        assertEquals("a b      ", lines.get(2).substring(0, 9));
        assertTrue(lines.get(2).endsWith("line one line two [31mred[0m"), lines.get(2));
        assertFalse(lines.get(2).contains("\u001b"));
    }

    @Test
    void aNarrowTableLeavesOptionalColumnsOut() {
        List<Column<Row>> columns = List.of(
                Column.text("name", "name", 10, Row::name),
                Column.text("text", "text", Column.FLEX, Row::text),
                Column.<Row>text("url", "url", 40, r -> "https://www.example.org/news/2024/06/19/a-long-address")
                        .optionalInTable());
        Row row = new Row("Putin", 1, "Russia and North Korea signed a treaty of comprehensive strategic partnership.");
        assertTrue(Table.render(columns, List.of(row), 140, false).get(0).contains("url"));
        List<String> narrow = Table.render(columns, List.of(row), 70, false);
        assertFalse(narrow.get(0).contains("url"));
        assertTrue(narrow.get(2).length() <= 70);
        assertTrue(narrow.get(2).contains("Russia and North Korea signed a treaty"), narrow.get(2));
    }

    @Test
    void snippetsMarkMatchedWordsInReverseVideoOrBrackets() {
        String html = "l&#39;accordo firmato a <mark>Pyongyang</mark> &amp; il <mark>trattato</mark> &lt;segreto&gt;";
        Cell plain = Cell.ofSnippet(html, false);
        assertEquals("l'accordo firmato a [Pyongyang] & il [trattato] <segreto>", plain.plain());
        Cell styled = Cell.ofSnippet(html, true);
        assertEquals("l'accordo firmato a \u001b[1;7mPyongyang\u001b[0m & il \u001b[1;7mtrattato\u001b[0m <segreto>",
                styled.render(true));
        assertEquals("l'accordo firmato a Pyongyang & il trattato <segreto>".length(), styled.width());
        assertEquals("l'accordo firmato a \u001b[1;7mPyongyang\u001b[0m & il…", styled.truncate(35).render(true));
        // a mark that would be cut off brings the text forward, starting at a word
        assertEquals("… a \u001b[1;7mPyongyang\u001b[0m & il \u001b[1;7mtratt\u001b[0m…", styled.truncate(25).render(true));
        assertEquals("… a [Pyongyang] & il [tr…", plain.truncate(25).render(false));
        assertEquals("l'accordo firmato a Pyongyang & il trattato <segreto>", Cell.plainSnippet(html));
    }

    @Test
    void numbersAreNeverCut() {
        List<Column<Row>> columns = List.of(Column.number("count", "n", 1, 0, Row::count));
        assertEquals("123,456", Table.render(columns, List.of(new Row("x", 123456, "")), 40, false).get(2));
    }
}
