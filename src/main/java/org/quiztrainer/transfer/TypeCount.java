package org.quiztrainer.transfer;

import org.quiztrainer.bank.QuestionType;

/**
 * The questions of one type an import gives, and what saving them does (or did).
 *
 * @param inFile    how many the file gives (a card each: Anki's reversed card, each deletion of a cloze note)
 * @param created   new questions
 * @param updated   questions of the bank with the same identity whose content changed: a new revision
 * @param unchanged questions of the bank with the same identity and content: nothing written
 * @param retired   cloze cards whose deletion left their note's text
 */
public record TypeCount(QuestionType type, int inFile, int created, int updated, int unchanged, int retired) {}
