package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaksOnly() {
        assertThat(ExcelCsv.quote("王小明")).isEqualTo("王小明");
        assertThat(ExcelCsv.quote("Li, Wei")).isEqualTo("\"Li, Wei\"");
        assertThat(ExcelCsv.quote("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
        assertThat(ExcelCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aCellThatLooksLikeAFormulaIsNeverRun() {
        assertThat(ExcelCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ExcelCsv.quote("-1")).isEqualTo("'-1");
        assertThat(ExcelCsv.quote("@cmd")).isEqualTo("'@cmd");
    }

    @Test
    void linesEndWithCrLf() {
        StringBuilder out = new StringBuilder(ExcelCsv.BOM);
        ExcelCsv.line(out, List.of("a", "b,c"));

        assertThat(out.toString()).isEqualTo("\uFEFFa,\"b,c\"\r\n");
    }
}
