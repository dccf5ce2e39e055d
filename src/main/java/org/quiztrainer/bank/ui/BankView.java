package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.Topic;

/**
 * One bank, browsed: its head (what it is, what the user may do with it), its topics (a tree, or a drop-down on a
 * phone), the questions of the chosen topic filtered by type and tag and searched in either language (a grid that
 * reads one page at a time, so a bank of 20,000 questions browses as fast as a small one), and the selected
 * question (with its answer for its editors and staff, and for a learner once they answered it, as
 * {@link BankService#preview} gives it). Its editors, and instructors who may use it, can export it; its editors open the
 * editor from a question (double-click or Enter). {@code bank} alone is the built-in bank; admins see its last
 * load there and can reload it.
 */
@Route("bank/:bankId([0-9]{1,18})?")
@PermitAll
public class BankView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BankCatalogService catalog;
    private final BankService bank;
    private final CurrentUser user;
    BankSummary summary;
    BankHeader header;
    TopicPicker topics;
    QuestionList list;
    final QuestionPreview preview = new QuestionPreview();
    Optional<LoadReportPanel> report = Optional.empty();
    Optional<ExportLinks> exports = Optional.empty();

    public BankView(BankCatalogService catalog, BankService bank, CurrentUser user) {
        this.catalog = catalog;
        this.bank = bank;
        this.user = user;
        addClassName("bank-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long bankId = event.getRouteParameters().getLong("bankId").orElse(Bank.BUILT_IN);
        try {
            summary = catalog.bank(bankId);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        BrowseContext context = BrowseContext.of(event.getLocation().getQueryParameters());
        build(context);
    }

    private void build(BrowseContext context) {
        removeAll();
        long bankId = summary.id();
        boolean admin = user.find().map(u -> u.role() == Role.ADMIN).orElse(false);
        report = admin && summary.bank().builtIn()
                ? Optional.of(new LoadReportPanel(bank, this::refreshAll))
                : Optional.empty();
        report.ifPresent(this::add);
        TopicTree tree = new TopicTree(bank.topics(Set.of(bankId)));
        topics = new TopicPicker(tree, getLocale(), t -> list.refresh());
        context.topicId().ifPresent(topics::select);
        header = new BankHeader(summary, () -> topics.value().map(Topic::id).orElse(null));
        add(header);
        boolean withKey = summary.mayEdit() || summary.mayUse();
        list = new QuestionList(new BankBrowsing(bank), summary, withKey, topics::value, getLocale());
        preview.onEdit(summary.mayEdit() ? list::editSelected : null);
        list.showing(q -> preview.show(q, summary.bank().languages()));
        list.restore(context, bank.tags(Set.of(bankId)));
        Div questions = new Div(list, preview);
        questions.addClassName("bank-questions");
        exports = withKey
                ? Optional.of(new ExportLinks(bank, bankId, this::selectedTopic, getLocale()))
                : Optional.empty();
        exports.ifPresent(questions::add);
        Div browser = new Div(topics, questions);
        browser.addClassNames("bank-browser", tree.inOrder().isEmpty() ? "without-topics" : "with-topics");
        add(browser);
        setFlexGrow(1, browser);
        list.refresh();
    }

    private Topic selectedTopic() {
        return topics.value().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return summary == null ? getTranslation("bank.title") : BankTitles.title(summary.bank(), this);
    }

    private void refreshAll() {
        summary = catalog.bank(summary.id());
        build(list.context(-1));
    }
}
