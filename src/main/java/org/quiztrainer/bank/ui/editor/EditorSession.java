package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankImages;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.DraftPreview;
import org.quiztrainer.bank.DraftsRefusedException;
import org.quiztrainer.bank.EditableQuestion;
import org.quiztrainer.bank.QuestionChangedException;
import org.quiztrainer.bank.QuestionCheckService;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.SaveReport;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.ui.BankBrowsing;
import org.quiztrainer.bank.ui.BrowseContext;
import org.quiztrainer.bank.ui.LearnerCards;
import org.quiztrainer.bank.ui.TopicTree;

/**
 * What the editor does with the question opened: checks the draft as it changes, saves it (and opens the next), and
 * duplicates, moves, retires or restores a stored one. A refused save shows every problem on its field; a save
 * after someone else's shows their version and what the author had typed, and writes nothing.
 */
final class EditorSession implements EditorBar.Actions {

    private final QuestionEditorView view;
    private final QuestionEditorService editor;
    private final QuestionCheckService checks;
    private final BankBrowsing browsing;
    private final BankImages images;
    private final LearnerCards cards;
    private BankSummary summary;
    private TopicTree topics;
    private EditableQuestion stored;
    private BrowseContext browse = BrowseContext.NONE;
    QuestionForm form;
    PreviewPanel preview;
    UsagePanel usage;
    private QuestionDraft opened;
    private DraftPreview last;

    EditorSession(
            QuestionEditorView view,
            QuestionEditorService editor,
            QuestionCheckService checks,
            BankService bank,
            BankImages images,
            LearnerCards cards) {
        this.view = view;
        this.editor = editor;
        this.checks = checks;
        this.browsing = new BankBrowsing(bank);
        this.images = images;
        this.cards = cards;
    }

    QuestionEditorService editor() {
        return editor;
    }

    private long bankId() {
        return summary.id();
    }

    /** Opens a stored question, or a new one (of the type and in the topic the address names). */
    void open(BankSummary bank, TopicTree tree, EditableQuestion question, BrowseContext context) {
        open(bank, tree, question, context, Optional.empty());
    }

    /** Opens as above; a new question is of {@code newType}, else of the list's type, else a flashcard. */
    void open(
            BankSummary bank,
            TopicTree tree,
            EditableQuestion question,
            BrowseContext context,
            Optional<QuestionType> newType) {
        this.summary = bank;
        this.topics = tree;
        this.stored = question;
        this.browse = context;
        List<Unit> units = checks.units();
        form = new QuestionForm(
                (key, args) -> view.getTranslation(key, args), bank.bank().languages(), tree, units, view.locale());
        EditorContext ctx = form.context();
        ctx.onChange(this::check);
        ctx.onImageRequest(area -> new ImageDialog(ctx, images, bankId(), area).open());
        usage = new UsagePanel(ctx);
        preview = new PreviewPanel(
                ctx,
                bank.bank().languages(),
                id -> units.stream().filter(u -> u.id().equals(id)).findFirst(),
                cards);
        QuestionType type;
        if (question != null) {
            type = question.draft().type();
            form.load(question.draft(), tree.find(question.draft().topicId()).orElse(null), true);
            usage.show(question.noteCardIds().stream().map(editor::usage).toList());
        } else {
            type = newType.or(context::type).orElse(QuestionType.FLASHCARD);
            form.startNew(type, context.topicId().flatMap(tree::find).orElse(null));
        }
        Div main = new Div(usage, form);
        main.addClassName("editor-form-column");
        view.body.removeAll();
        view.body.add(main, preview);
        view.bar.show(question != null, question != null && question.retired());
        view.showTitle(question, type);
        opened = form.draft();
        check();
    }

    /** Checks the draft as typed: problems on the fields touched, the preview follows. */
    void check() {
        last = checks.check(bankId(), stored == null ? null : stored.questionId(), form.draft());
        form.context().problems().show(last.problems(), false);
        if (preview.isVisible()) {
            preview.show(last);
        }
    }

    boolean dirty() {
        return form != null && !form.draft().equals(opened);
    }

    @Override
    public void save(boolean thenNext) {
        QuestionDraft draft = form.draft();
        SaveReport report;
        try {
            report = stored == null ? editor.create(bankId(), draft) : editor.save(stored.questionId(), draft);
        } catch (DraftsRefusedException e) {
            FieldProblems problems = form.context().problems();
            problems.touchAll();
            FieldProblems.focusFirst(problems.show(e.problems(), true));
            QuestionEditorView.notify(
                    view.getTranslation("bank.edit.refused", e.problems().size()), true);
            return;
        } catch (QuestionChangedException e) {
            conflict(draft);
            return;
        } catch (InvalidInputException e) {
            QuestionEditorView.notify(view.getTranslation("bank.edit.failed"), true);
            return;
        }
        opened = draft;
        SaveReport.Saved first = report.first();
        boolean unchanged = report.saved().stream().allMatch(s -> s.outcome() == SaveReport.Outcome.UNCHANGED);
        QuestionEditorView.notify(
                unchanged
                        ? view.getTranslation("bank.edit.unchanged")
                        : view.getTranslation("bank.edit.saved", first.key(), first.revision()),
                false);
        if (thenNext) {
            next(first.questionId());
        } else if (stored == null) {
            go(first.questionId(), browse);
        } else {
            reopen();
        }
    }

    private void next(String savedId) {
        if (stored != null && browse.at() >= 0) {
            for (int at = browse.at() + 1; at <= browse.at() + 2; at++) {
                List<QuestionSummary> page = browsing.page(browse.filter(bankId()), at, 1);
                if (!page.isEmpty() && !page.get(0).id().equals(savedId)) {
                    go(page.get(0).id(), browse.at(at));
                    return;
                }
            }
        }
        QuestionType type = form.draft().type();
        String topic = form.draft().topicId();
        BrowseContext fresh = new BrowseContext(
                topic.isEmpty() ? Optional.empty() : Optional.of(topic),
                browse.type(),
                browse.tag(),
                browse.words(),
                browse.retired(),
                -1);
        java.util.Map<String, List<String>> params =
                new java.util.LinkedHashMap<>(fresh.query().getParameters());
        params.put("new", List.of(type.code()));
        opened = form.draft();
        UI.getCurrent().navigate("bank/" + bankId() + "/question", new com.vaadin.flow.router.QueryParameters(params));
    }

    private void go(String questionId, BrowseContext context) {
        opened = form.draft();
        UI.getCurrent().navigate("bank/" + bankId() + "/question/" + questionId, context.query());
    }

    private void conflict(QuestionDraft mine) {
        EditableQuestion newer = editor.load(stored.questionId());
        String yours = DraftText.describe(mine, form.context().labels());
        open(summary, topics, newer, browse);
        new ConflictDialog(form.context(), yours, newer.revision()).open();
    }

    @Override
    public void togglePreview() {
        preview.setVisible(!preview.isVisible());
        if (preview.isVisible()) {
            preview.show(last);
            preview.scrollIntoView();
            preview.getElement().callJsFunction("focus");
        }
    }

    private boolean refuseWhileDirty() {
        if (dirty()) {
            QuestionEditorView.notify(view.getTranslation("bank.edit.save-first"), true);
            return true;
        }
        return false;
    }

    @Override
    public void duplicate() {
        if (stored == null || refuseWhileDirty()) {
            return;
        }
        SaveReport copy = editor.duplicate(stored.questionId());
        QuestionEditorView.notify(
                view.getTranslation("bank.edit.duplicated", copy.first().key()), false);
        go(copy.first().questionId(), BrowseContext.NONE);
    }

    @Override
    public void move() {
        if (stored == null || refuseWhileDirty()) {
            return;
        }
        new MoveDialog(form.context(), topics, view.locale(), form.topic.getValue(), to -> {
                    editor.move(stored.questionId(), to == null ? "" : to.id());
                    QuestionEditorView.notify(view.getTranslation("bank.edit.moved"), false);
                    reopen();
                })
                .open();
    }

    @Override
    public void retire(boolean retire) {
        if (stored == null || refuseWhileDirty()) {
            return;
        }
        if (!retire) {
            editor.restore(stored.questionId());
            QuestionEditorView.notify(view.getTranslation("bank.edit.restored"), false);
            reopen();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(view.getTranslation("bank.edit.retire-title"));
        confirm.setText(view.getTranslation("bank.edit.retire-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(view.getTranslation("bank.edit.cancel"));
        confirm.setConfirmText(view.getTranslation("bank.edit.retire"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            editor.retire(stored.questionId());
            QuestionEditorView.notify(view.getTranslation("bank.edit.retired"), false);
            reopen();
        });
        confirm.open();
    }

    private void reopen() {
        open(summary, topics, editor.load(stored.questionId()), browse);
    }

    /** Asks before leaving with unsaved changes. */
    void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("leave-dialog");
        confirm.setHeader(view.getTranslation("bank.edit.leave-title"));
        confirm.setText(view.getTranslation("bank.edit.leave-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(view.getTranslation("bank.edit.stay"));
        confirm.setConfirmText(view.getTranslation("bank.edit.leave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            opened = form.draft();
            action.proceed();
        });
        confirm.open();
    }
}
