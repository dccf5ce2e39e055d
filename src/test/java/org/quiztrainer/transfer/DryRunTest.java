package org.quiztrainer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.io.BankFormat;
import org.quiztrainer.bank.io.ExportRequest;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.bank.io.FormatRegistry;
import org.quiztrainer.bank.io.ImportDocument;
import org.quiztrainer.bank.io.ImportItem;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.bank.io.ImportOptions;
import org.quiztrainer.bank.io.ImportSource;
import org.quiztrainer.bank.io.Where;

/** The dry run checks a file's questions as saving them would, images included. */
class DryRunTest {

    @TempDir
    Path dir;

    /** A format giving one flashcard whose sides are images only, and the media it names. */
    private static FormatRegistry giving(List<ImportMedia> media) {
        BankFormat format = new BankFormat() {
            @Override
            public Format format() {
                return Format.APKG;
            }

            @Override
            public int detect(String fileName, byte[] head) {
                return 100;
            }

            @Override
            public ImportDocument read(ImportSource source, ImportOptions options) {
                ImportItem card = new ImportItem(
                        "g1",
                        Where.entry("note 1"),
                        List.of(),
                        List.of(),
                        new LocalizedText("", "<img src=\"png1.png\">"),
                        LocalizedText.EMPTY,
                        new QuestionContent.Flashcard(new LocalizedText("", "<img src='png2.png'>")),
                        true);
                return new ImportDocument(Format.APKG, List.of(card), List.of(), List.of(), media, List.of());
            }

            @Override
            public void write(ExportRequest request, OutputStream out) {
                throw new UnsupportedOperationException();
            }
        };
        return new FormatRegistry(List.of(format));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private DryRun.Result check(List<ImportMedia> media) throws Exception {
        Path file = Files.write(dir.resolve("deck.apkg"), new byte[] {1});
        return DryRun.check(giving(media), new ImportSource(file, "deck.apkg"), ImportOptions.DEFAULTS);
    }

    @Test
    void aSideOfAnImageTheFileHoldsIsNotEmpty() throws Exception {
        byte[] png = png();

        DryRun.Result r = check(List.of(new ImportMedia("png1.png", png), new ImportMedia("png2.png", png)));

        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).isEqualTo("import: 1 questions (flashcard 1), 0 skipped, 0 problems");
    }

    @Test
    void aSideOfAnImageTheFileLacksOrTheBankRefusesIsEmpty() throws Exception {
        DryRun.Result r =
                check(List.of(new ImportMedia("png1.png", png()), new ImportMedia("png2.png", new byte[] {1})));

        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).startsWith("back"));
        assertThat(r.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.key()).startsWith("import.skip.image."));
    }
}
