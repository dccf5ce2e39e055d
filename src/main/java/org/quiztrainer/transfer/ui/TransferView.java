package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.io.ImportLimits;
import org.quiztrainer.study.StudySettingsService;
import org.quiztrainer.transfer.ExportService;
import org.quiztrainer.transfer.ImportPreview;
import org.quiztrainer.transfer.ImportReport;
import org.quiztrainer.transfer.ImportRequest;
import org.quiztrainer.transfer.ImportService;
import org.quiztrainer.transfer.ImportTasks;

/**
 * Import and export, for everyone signed in: pick a bank one may edit (or a new bank of one's own), upload a
 * file, see the preview, confirm or cancel; the bank's earlier import reports stay listed; and downloads of the
 * bank in every format for those who may export it. {@code ?bank=<id>} opens a bank (a bank's page links here).
 */
@Route("import")
@Menu(order = 25, icon = "vaadin:upload", title = "nav.import")
@PermitAll
public class TransferView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<BankChoice> bank = new ComboBox<>();
    final TextField title = new TextField();
    final UploadBox upload;
    final OptionsForm options;
    final ProgressBar progress = new ProgressBar();
    final Span working = new Span();
    final Div preview = new Div();
    final Div outcome = new Div();
    final Div exports = new Div();
    final Div reports = new Div();
    final Div importBox = new Div();
    CompletableFuture<?> running;
    ImportPreview shown;

    private final BankCatalogService catalog;
    private final ImportService imports;
    private final ImportTasks tasks;
    private final ExportService exporter;
    private final ZoneId zone;
    private Path file;
    private String fileName;

    public TransferView(
            BankCatalogService catalog,
            ImportService imports,
            ImportTasks tasks,
            ExportService exporter,
            StudySettingsService settings) {
        this.catalog = catalog;
        this.imports = imports;
        this.tasks = tasks;
        this.exporter = exporter;
        this.zone = settings.mine().zone();
        addClassName("transfer-view");
        add(new H2(getTranslation("nav.import")));
        bank.setLabel(getTranslation("import.bank"));
        bank.setItemLabelGenerator(c -> c.id() == null ? getTranslation("import.bank.new") : c.title());
        bank.setAllowCustomValue(false);
        bank.setWidth("min(100%, 28em)");
        title.setLabel(getTranslation("import.bank.title"));
        title.setHelperText(getTranslation("import.bank.title.help"));
        title.setMaxLength(BankSettings.TITLE_MAX);
        title.setWidth("min(100%, 28em)");
        upload = new UploadBox(ImportLimits.DEFAULTS.maxFileBytes(), this::received, this::tooLarge);
        options = new OptionsForm(exporter.formats(), this::readAgain);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        working.addClassName("import-working");
        Paragraph formats =
                new Paragraph(getTranslation("import.intro", Sizes.of(ImportLimits.DEFAULTS.maxFileBytes())));
        importBox.addClassName("import-box");
        importBox.add(new H3(getTranslation("import.title")), formats, title, upload, options, working, progress);
        preview.addClassName("import-preview-box");
        outcome.addClassName("import-outcome");
        add(bank, importBox, preview, outcome, exports, reports);
        bank.addValueChangeListener(e -> bankChanged());
        title.addValueChangeListener(e -> readAgain());
        loadBanks(null);
    }

    /** A bank to pick: null id for a new bank. */
    record BankChoice(
            Long id, String title, boolean mayEdit, boolean mayExport, org.quiztrainer.bank.BankLanguages languages) {}

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("bank").ifPresent(id -> {
            try {
                long wanted = Long.parseLong(id);
                bank.getListDataView()
                        .getItems()
                        .filter(c -> c.id() != null && c.id() == wanted)
                        .findFirst()
                        .ifPresent(bank::setValue);
            } catch (NumberFormatException ignored) {
                // an id that is not a number opens no bank
            }
        });
    }

    private void loadBanks(Long select) {
        List<BankChoice> choices = new java.util.ArrayList<>();
        choices.add(new BankChoice(null, "", true, false, null));
        catalog.banks().stream()
                .filter(b -> b.mayEdit() || exporter.mayExport(b.id()))
                .forEach(b -> choices.add(new BankChoice(
                        b.id(),
                        b.bank().builtIn()
                                ? getTranslation("import.bank.built-in")
                                : b.bank().title(),
                        b.mayEdit(),
                        exporter.mayExport(b.id()),
                        b.bank().languages())));
        bank.setItems(choices);
        bank.setValue(choices.stream()
                .filter(c -> Objects.equals(c.id(), select))
                .findFirst()
                .orElse(choices.get(0)));
    }

    private void bankChanged() {
        BankChoice c = bank.getValue();
        boolean newBank = c == null || c.id() == null;
        title.setVisible(newBank);
        importBox.setVisible(c == null || c.mayEdit());
        exports.removeAll();
        reports.removeAll();
        if (c != null && c.id() != null) {
            if (c.mayExport()) {
                exports.add(new ExportPanel(exporter, c.id(), c.languages()));
            }
            if (c.mayEdit()) {
                showReports(c.id());
            }
        }
        readAgain();
    }

    private void showReports(long bankId) {
        reports.removeAll();
        List<ImportReport> list = imports.reports(bankId);
        reports.add(new H3(getTranslation("import.reports")));
        if (list.isEmpty()) {
            reports.add(new Paragraph(getTranslation("import.reports.none")));
        }
        for (int i = 0; i < list.size(); i++) {
            reports.add(new ReportPanel(list.get(i), zone, i == 0));
        }
    }

    private void received(Path uploaded, String name) {
        forgetFile();
        upload.clearFileList();
        file = uploaded;
        fileName = name;
        outcome.removeAll();
        readAgain();
    }

    private void tooLarge(long max) {
        forgetFile();
        preview.removeAll();
        preview.add(error(getTranslation("import.upload.too-large", Sizes.of(max))));
    }

    /** Reads the file again with the current bank and options (nothing is written). */
    void readAgain() {
        if (file == null || (running != null && !running.isDone())) {
            return;
        }
        dropPreview();
        BankChoice c = bank.getValue();
        if (c != null && !c.mayEdit()) {
            return;
        }
        Optional<Long> into = c == null ? Optional.empty() : Optional.ofNullable(c.id());
        ImportRequest request =
                new ImportRequest(file, fileName, into, title.getValue(), options.options(), options.withHistory());
        busy(getTranslation("import.working.read", fileName));
        UI ui = UI.getCurrent();
        CompletableFuture<ImportPreview> f = tasks.preview(request);
        running = f;
        f.whenComplete((p, e) -> ui.access(() -> {
            idle();
            if (e != null) {
                preview.add(error(Problems.message(this, e)));
            } else {
                show(p);
            }
        }));
    }

    private void show(ImportPreview p) {
        shown = p;
        preview.removeAll();
        options.show(p.format(), p.detected(), p.history().cards() > 0);
        String formatName = p.format() == null ? "" : options.formatName(p.format());
        preview.add(new PreviewPanel(p, formatName, this::confirm, this::cancel));
    }

    private void confirm() {
        if (shown == null || shown.token() == null || (running != null && !running.isDone())) {
            return;
        }
        String token = shown.token();
        shown = null;
        busy(getTranslation("import.working.write"));
        preview.removeAll();
        UI ui = UI.getCurrent();
        CompletableFuture<ImportReport> f = tasks.confirm(token);
        running = f;
        f.whenComplete((r, e) -> ui.access(() -> {
            idle();
            if (e != null) {
                preview.add(error(Problems.message(this, e)));
                return;
            }
            forgetFile();
            upload.clearFileList();
            outcome.removeAll();
            outcome.add(new Paragraph(
                    getTranslation("import.done", r.questions(), r.created(), r.updated(), r.unchanged())));
            outcome.add(new com.vaadin.flow.component.html.Anchor(
                    "study?bank=" + r.bankId(), getTranslation("import.done.study")));
            loadBanks(r.bankId());
        }));
    }

    private void cancel() {
        dropPreview();
        forgetFile();
        upload.clearFileList();
        outcome.removeAll();
        outcome.add(new Paragraph(getTranslation("import.cancelled")));
    }

    private void dropPreview() {
        if (shown != null && shown.token() != null) {
            imports.cancel(shown.token());
        }
        shown = null;
        preview.removeAll();
    }

    private void busy(String text) {
        working.setText(text);
        working.setVisible(true);
        progress.setVisible(true);
        upload.setEnabled(false);
        getUI().ifPresent(ui -> ui.setPollInterval(400));
    }

    private void idle() {
        working.setVisible(false);
        progress.setVisible(false);
        upload.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private static Div error(String text) {
        Div d = new Div(text);
        d.addClassName("import-error");
        return d;
    }

    private void forgetFile() {
        if (file != null) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // a temporary file the system removes in time
            }
        }
        file = null;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        working.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        dropPreview();
        forgetFile();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
