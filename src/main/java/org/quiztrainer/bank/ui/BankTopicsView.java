package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.BankTagService;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.TopicEditorService;

/**
 * The topic tree and the tags of a bank its editors change: add, rename and move topics (a topic is deleted only
 * when nothing is left in it), and rename, merge or remove a tag on every question that has it.
 */
@Route("bank/:bankId([0-9]{1,18})/topics")
@PermitAll
public class BankTopicsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BankCatalogService catalog;
    private final BankService bank;
    private final TopicEditorService topicEditor;
    final TagsPanel tags;
    final TreeGrid<Topic> tree = new TreeGrid<>();
    final Button add = new Button();
    final Button addUnder = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    final Anchor back = new Anchor();
    private BankSummary summary;
    private TopicTree topics;

    public BankTopicsView(
            BankCatalogService catalog, BankService bank, TopicEditorService topicEditor, BankTagService tagService) {
        this.catalog = catalog;
        this.bank = bank;
        this.topicEditor = topicEditor;
        addClassName("bank-topics-view");
        back.addClassName("topics-back");
        tree.addHierarchyColumn(t -> name(t)).setHeader(getTranslation("bank.topics.name"));
        tree.setAriaLabel(getTranslation("bank.topics"));
        tree.addClassName("topic-editor-tree");
        tree.asSingleSelect().addValueChangeListener(e -> enable());
        add.setText(getTranslation("bank.topics.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("topic-add");
        add.addClickListener(e -> open(null, null));
        addUnder.setText(getTranslation("bank.topics.add-under"));
        addUnder.addClassName("topic-add-under");
        addUnder.addClickListener(e -> open(null, selected()));
        edit.setText(getTranslation("bank.topics.edit"));
        edit.addClassName("topic-edit");
        edit.addClickListener(e -> open(selected(), parentOf(selected())));
        delete.setText(getTranslation("bank.topics.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("topic-delete");
        delete.addClickListener(e -> delete());
        Div actions = new Div(add, addUnder, edit, delete);
        actions.addClassName("topic-actions");
        H2 topicsTitle = new H2(getTranslation("bank.topics"));
        Paragraph hint = new Paragraph(getTranslation("bank.topics.hint"));
        hint.addClassName("field-hint");
        Div topicSection = new Div(topicsTitle, hint, actions, tree);
        topicSection.addClassName("topics-section");
        tags = new TagsPanel(tagService, this::notify);
        add(back, topicSection, tags);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("bankId").orElse(-1L);
        try {
            summary = catalog.bank(id);
            if (!summary.mayEdit()) {
                throw new org.springframework.security.access.AccessDeniedException("read only");
            }
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        back.setHref("bank/" + id);
        back.setText(getTranslation("bank.edit.back", BankTitles.title(summary.bank(), this)));
        refresh();
        tags.show(id);
    }

    private void refresh() {
        topics = new TopicTree(bank.topics(Set.of(summary.id())));
        tree.setItems(topics.roots(), topics::children);
        tree.expandRecursively(topics.roots(), 5);
        enable();
    }

    private String name(Topic t) {
        return switch (summary.bank().languages()) {
            case ZH -> t.name().zh();
            case EN -> t.name().en();
            case BOTH -> t.name().zh() + " / " + t.name().en();
        };
    }

    private Topic selected() {
        return tree.asSingleSelect().getValue();
    }

    private Topic parentOf(Topic t) {
        return t == null ? null : topics.find(t.parentId()).orElse(null);
    }

    private void enable() {
        boolean any = selected() != null;
        addUnder.setEnabled(any);
        edit.setEnabled(any);
        delete.setEnabled(any);
    }

    private void open(Topic editing, Topic under) {
        String title = getTranslation(editing == null ? "bank.topics.add" : "bank.topics.edit");
        new TopicDialog(
                        title,
                        summary.bank().languages(),
                        topics,
                        getLocale(),
                        editing,
                        under,
                        (name, parent) -> {
                            String parentId = parent == null ? null : parent.id();
                            if (editing == null) {
                                topicEditor.create(summary.id(), parentId, name);
                            } else {
                                topicEditor.update(editing.id(), parentId, name);
                            }
                        },
                        message -> {
                            notify(message, false);
                            refresh();
                        })
                .open();
    }

    private void delete() {
        Optional.ofNullable(selected()).ifPresent(t -> {
            try {
                topicEditor.delete(t.id());
                notify(getTranslation("bank.topics.deleted", t.name().in(getLocale())), false);
                refresh();
            } catch (InvalidInputException e) {
                notify(getTranslation(e.fieldErrors().values().iterator().next()), true);
            }
        });
    }

    void notify(String text, boolean error) {
        Notification n = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bank.topics-and-tags");
    }
}
