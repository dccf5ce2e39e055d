package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.BrowsedQuestion;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;

/**
 * The questions of a bank as a grid that reads one page at a time (offset and limit, never every row), filtered by
 * the chosen topic, a type and a tag, and searched in either language; its editors may list retired questions too
 * and open a question in the editor (double-click, or Enter on the selected row).
 */
class QuestionList extends Div {

    final ComboBox<QuestionType> type = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final TextField search = new TextField();
    final Checkbox retired = new Checkbox();
    final Span count = new Span();
    final Grid<QuestionSummary> grid = new Grid<>();
    private final BankBrowsing browsing;
    private final BankSummary summary;
    private final boolean withKey;
    private final Supplier<Optional<Topic>> topic;
    private final Locale locale;
    private final Map<String, Integer> positions = new ConcurrentHashMap<>();
    private Consumer<Optional<BrowsedQuestion>> onShow = q -> {};

    QuestionList(
            BankBrowsing browsing,
            BankSummary summary,
            boolean withKey,
            Supplier<Optional<Topic>> topic,
            Locale locale) {
        this.browsing = browsing;
        this.summary = summary;
        this.withKey = withKey;
        this.topic = topic;
        this.locale = locale;
        addClassName("question-list");
        type.setLabel(getTranslation("bank.filter.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("bank.type." + t.code()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        tag.setLabel(getTranslation("bank.filter.tag"));
        tag.setClearButtonVisible(true);
        tag.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("bank.filter.search"));
        search.setPlaceholder(getTranslation("bank.filter.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        retired.setLabel(getTranslation("bank.filter.retired"));
        retired.setVisible(summary.mayEdit());
        retired.addValueChangeListener(e -> refresh());
        count.addClassName("question-count");
        count.getElement().setAttribute("aria-live", "polite");
        Div filters = new Div(type, tag, search, retired, count);
        filters.addClassName("question-filters");
        configureGrid();
        add(filters, grid);
    }

    private void configureGrid() {
        grid.addColumn(QuestionSummary::key)
                .setHeader(getTranslation("bank.column.key"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(q -> getTranslation("bank.type." + q.type().code()))
                .setHeader(getTranslation("bank.column.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::text)
                .setHeader(getTranslation("bank.column.text"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::text);
        grid.addColumn(q -> q.retired() ? getTranslation("bank.column.retired") : Integer.toString(q.revision()))
                .setHeader(getTranslation("bank.column.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addClassName("question-grid");
        grid.setAriaLabel(getTranslation("bank.questions"));
        grid.setPageSize(50);
        grid.asSingleSelect()
                .addValueChangeListener(
                        e -> onShow.accept(Optional.ofNullable(e.getValue()).flatMap(q -> browsing.question(q.id()))));
        if (summary.mayEdit()) {
            grid.addItemDoubleClickListener(e -> edit(e.getItem()));
            grid.addClassName("editable");
            com.vaadin.flow.component.Shortcuts.addShortcutListener(
                            grid,
                            () -> Optional.ofNullable(grid.asSingleSelect().getValue())
                                    .ifPresent(this::edit),
                            Key.ENTER)
                    .listenOn(grid);
        }
    }

    /** The text of a row as this user may read it: a cloze card with its deletions hidden unless they see answers. */
    private String text(QuestionSummary q) {
        String text = q.text().in(locale);
        if (q.type() == QuestionType.CLOZE && !withKey) {
            int hash = q.key().lastIndexOf("#c");
            int number = hash < 0 ? 1 : parse(q.key().substring(hash + 2));
            text = ClozeText.front(text, number);
        }
        return text.replace('\n', ' ');
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    void showing(Consumer<Optional<BrowsedQuestion>> action) {
        this.onShow = action;
    }

    /** Sets the filters from an address (back from the editor) and the bank's tags. */
    void restore(BrowseContext context, List<String> tags) {
        tag.setItems(tags);
        context.type().ifPresent(type::setValue);
        context.tag().filter(tags::contains).ifPresent(tag::setValue);
        context.words().ifPresent(search::setValue);
        retired.setValue(summary.mayEdit() && context.retired());
    }

    /** The browser's filter and a position in it. */
    BrowseContext context(int at) {
        return new BrowseContext(
                topic.get().map(Topic::id),
                Optional.ofNullable(type.getValue()),
                Optional.ofNullable(tag.getValue()),
                Optional.ofNullable(search.getValue()).filter(s -> !s.isBlank()),
                retired.getValue(),
                at);
    }

    QuestionFilter filter() {
        return context(-1).filter(summary.id());
    }

    void refresh() {
        QuestionFilter filter = filter();
        long total = browsing.count(filter);
        count.setText(getTranslation("bank.count", total));
        positions.clear();
        grid.setItems(
                query -> {
                    List<QuestionSummary> page = browsing.page(filter, query.getOffset(), query.getLimit());
                    for (int i = 0; i < page.size(); i++) {
                        positions.put(page.get(i).id(), query.getOffset() + i);
                    }
                    return page.stream();
                },
                query -> (int) Math.min(Integer.MAX_VALUE, browsing.count(filter)));
        if (grid.asSingleSelect().getValue() == null) {
            onShow.accept(Optional.empty());
        }
    }

    /** Opens the selected question in the editor (for its editors). */
    void editSelected() {
        Optional.ofNullable(grid.asSingleSelect().getValue()).ifPresent(this::edit);
    }

    void edit(QuestionSummary q) {
        UI.getCurrent()
                .navigate(
                        "bank/" + summary.id() + "/question/" + q.id(),
                        context(positions.getOrDefault(q.id(), -1)).query());
    }
}
