package org.quiztrainer.bank;

/**
 * A node of the topic tree.
 *
 * @param parentId the parent topic, or {@code null} for a root
 * @param order    the sort key among siblings
 * @param origin   where it was written
 */
public record Topic(String id, String parentId, int order, LocalizedText name, Location origin) {

    public Topic {
        if (!BankIds.isValid(id) || name == null) {
            throw new IllegalArgumentException("a topic needs a valid id and a name");
        }
    }
}
