package org.quiztrainer.bank;

/**
 * A bank as listed, with what the caller may do with it.
 *
 * @param owner     the owner's display name, or empty for the built-in bank
 * @param questions how many live questions it has
 * @param mayEdit   whether the caller may write its questions and topics
 * @param mayManage whether the caller may change its settings, sharing and co-editors
 * @param mayUse    whether the caller may use it in assignments
 * @param mayStudy  whether the caller may study it
 */
public record BankSummary(
        Bank bank, String owner, long questions, boolean mayEdit, boolean mayManage, boolean mayUse, boolean mayStudy) {

    public long id() {
        return bank.id();
    }
}
