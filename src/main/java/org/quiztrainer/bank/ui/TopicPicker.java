package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.quiztrainer.bank.Topic;

/**
 * Picks a topic of the bank (or none: the whole bank): a tree beside the questions on a wide screen, a drop-down of
 * whole topic paths on a phone ({@code RNN › Defects}, never cut), kept in step. The stylesheet shows one of the two.
 */
class TopicPicker extends Div {

    final TreeGrid<Topic> tree = new TreeGrid<>();
    final ComboBox<Topic> select = new ComboBox<>();
    private final TopicTree topics;
    private Topic value;
    private boolean syncing;

    TopicPicker(TopicTree topics, Locale locale, Consumer<Topic> onChange) {
        this.topics = topics;
        addClassName("topic-picker");
        tree.addHierarchyColumn(t -> t.name().in(locale))
                .setHeader(getTranslation("bank.topics"))
                .setTooltipGenerator(t -> topics.path(t, locale));
        tree.setItems(topics.roots(), topics::children);
        tree.expandRecursively(topics.roots(), 3);
        tree.setAriaLabel(getTranslation("bank.topics"));
        tree.addClassName("topic-tree");
        tree.asSingleSelect().addValueChangeListener(e -> pick(e.getValue(), onChange));
        select.setLabel(getTranslation("bank.topic"));
        select.setItems(topics.inOrder());
        select.setItemLabelGenerator(t -> topics.path(t, locale));
        select.setPlaceholder(getTranslation("bank.topic.all"));
        select.setClearButtonVisible(true);
        select.addClassName("topic-select");
        select.setWidthFull();
        select.addValueChangeListener(e -> pick(e.getValue(), onChange));
        add(select, tree);
    }

    private void pick(Topic topic, Consumer<Topic> onChange) {
        if (syncing || Objects.equals(topic, value)) {
            return;
        }
        value = topic;
        syncing = true;
        try {
            if (topic == null) {
                tree.deselectAll();
            } else {
                tree.select(topic);
            }
            select.setValue(topic);
        } finally {
            syncing = false;
        }
        onChange.accept(topic);
    }

    Optional<Topic> value() {
        return Optional.ofNullable(value);
    }

    /** Selects a topic by id (an unknown id selects nothing). */
    void select(String topicId) {
        topics.find(topicId).ifPresent(t -> pick(t, x -> {}));
    }

    boolean isEmpty() {
        return topics.inOrder().isEmpty();
    }
}
