package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;

/**
 * The bank browser, for everyone logged in: the topic tree, filters by type and tag, search in both
 * languages, a lazily loaded grid and a preview of the selected question, as {@link BankService#browse} and
 * {@link BankService#preview} allow the caller (a learner sees a question's answer once they answered it,
 * and nothing of a question a quiz holds back). Instructors and admins can export the selected topic (or
 * the whole bank); admins also see the last load report and can reload the bank.
 */
@Route("bank")
@Menu(order = 20, icon = "vaadin:book", title = "bank.menu")
@PermitAll
public class BankView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<Topic> topics = new TreeGrid<>();
    final ComboBox<QuestionType> type = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<QuestionSummary> grid = new Grid<>();
    final QuestionPreview preview = new QuestionPreview();
    final Span count = new Span();
    final Optional<LoadReportPanel> report;
    private final BankService bank;

    public BankView(BankService bank, CurrentUser user) {
        this.bank = bank;
        addClassName("bank-view");
        setSizeFull();
        Role role = user.find().map(u -> u.role()).orElse(Role.LEARNER);
        boolean admin = role == Role.ADMIN;
        report = admin ? Optional.of(new LoadReportPanel(bank, this::refreshAll)) : Optional.empty();
        report.ifPresent(this::add);

        configureTopics();
        configureFilters();
        configureGrid();

        HorizontalLayout filters = new HorizontalLayout(type, tag, search, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull();
        SplitLayout gridAndPreview = new SplitLayout(grid, preview, SplitLayout.Orientation.VERTICAL);
        gridAndPreview.setSplitterPosition(55);
        gridAndPreview.setSizeFull();
        VerticalLayout questions = new VerticalLayout(filters, gridAndPreview);
        if (role != Role.LEARNER) {
            questions.add(new ExportLinks(bank, this::selectedTopic, getLocale()));
        }
        questions.setPadding(false);
        questions.setSizeFull();
        questions.setFlexGrow(1, gridAndPreview);
        SplitLayout outer = new SplitLayout(topics, questions);
        outer.setSplitterPosition(24);
        outer.setSizeFull();
        add(outer);
        refreshGrid();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.title");
    }

    private void configureTopics() {
        topics.addHierarchyColumn(t -> t.name().in(getLocale())).setHeader(getTranslation("bank.topics"));
        List<Topic> all = bank.topics().stream()
                .sorted(Comparator.comparingInt(Topic::order))
                .toList();
        topics.setItems(
                all.stream().filter(t -> t.parentId() == null).toList(),
                parent -> all.stream()
                        .filter(t -> parent.id().equals(t.parentId()))
                        .toList());
        topics.expandRecursively(all, 3);
        topics.asSingleSelect().addValueChangeListener(e -> refreshGrid());
        topics.setAriaLabel(getTranslation("bank.topics"));
        topics.addClassName("topic-tree");
        topics.setHeightFull();
    }

    private void configureFilters() {
        type.setLabel(getTranslation("bank.filter.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("bank.type." + t.code()));
        type.setClearButtonVisible(true);
        type.setWidth("11em");
        type.addValueChangeListener(e -> refreshGrid());
        tag.setLabel(getTranslation("bank.filter.tag"));
        tag.setItems(bank.tags());
        tag.setClearButtonVisible(true);
        tag.setWidth("11em");
        tag.addValueChangeListener(e -> refreshGrid());
        search.setLabel(getTranslation("bank.filter.search"));
        search.setPlaceholder(getTranslation("bank.filter.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setWidth("16em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refreshGrid());
    }

    private void configureGrid() {
        grid.addColumn(QuestionSummary::id)
                .setHeader(getTranslation("bank.column.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(q -> getTranslation("bank.type." + q.type().code()))
                .setHeader(getTranslation("bank.column.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(q -> q.text().in(getLocale()))
                .setHeader(getTranslation("bank.column.text"))
                .setFlexGrow(3)
                .setTooltipGenerator(q -> q.text().in(getLocale()));
        grid.addColumn(QuestionSummary::revision)
                .setHeader(getTranslation("bank.column.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addClassName("question-grid");
        grid.setSizeFull();
        grid.asSingleSelect()
                .addValueChangeListener(
                        e -> preview.show(Optional.ofNullable(e.getValue()).flatMap(q -> bank.preview(q.id()))));
    }

    QuestionFilter filter() {
        return new QuestionFilter(
                Optional.ofNullable(selectedTopic()).map(Topic::id),
                Optional.ofNullable(type.getValue()),
                Optional.ofNullable(tag.getValue()),
                Optional.ofNullable(search.getValue()));
    }

    private Topic selectedTopic() {
        return topics.asSingleSelect().getValue();
    }

    private void refreshGrid() {
        QuestionFilter filter = filter();
        long total = bank.browseCount(filter);
        count.setText(getTranslation("bank.count", total));
        grid.setItems(query -> bank.browse(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, bank.browseCount(filter)));
        if (grid.asSingleSelect().getValue() == null) {
            preview.show(Optional.empty());
        }
    }

    private void refreshAll() {
        tag.setItems(bank.tags());
        refreshGrid();
    }
}
