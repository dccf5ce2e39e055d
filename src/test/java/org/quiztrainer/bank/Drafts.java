package org.quiztrainer.bank;

import java.util.List;
import org.quiztrainer.bank.ContentDraft.ChoiceDraft;
import org.quiztrainer.bank.ContentDraft.PairDraft;

/** Drafts of every type, in Chinese only (as a bank in one language writes them), for tests. */
public final class Drafts {

    private Drafts() {}

    public static LocalizedText zh(String text) {
        return LocalizedText.zhOnly(text);
    }

    /** A draft with the given key, text and content, in the bank's top level. */
    public static QuestionDraft draft(String key, String text, ContentDraft content) {
        return new QuestionDraft(
                key, "", List.of(), List.of("rlhf"), "", zh(text), zh("解释:" + text), content, false, null);
    }

    public static QuestionDraft flashcard(String key) {
        return draft(key, "RLHF 是什么的缩写？", ContentDraft.flashcard(zh("基于人类反馈的强化学习")));
    }

    public static QuestionDraft single(String key) {
        return draft(
                key,
                "RLHF 的奖励模型学的是什么？",
                ContentDraft.choices(
                        false,
                        List.of(
                                new ChoiceDraft(zh("人类的偏好"), true),
                                new ChoiceDraft(zh("下一个词"), false),
                                new ChoiceDraft(zh("图像标签"), false))));
    }

    public static QuestionDraft multiple(String key) {
        return draft(
                key,
                "RLHF 的流程包括哪些步骤？",
                ContentDraft.choices(
                        true,
                        List.of(
                                new ChoiceDraft(zh("有监督微调"), true),
                                new ChoiceDraft(zh("训练奖励模型"), true),
                                new ChoiceDraft(zh("删除训练数据"), false))));
    }

    public static QuestionDraft trueFalse(String key) {
        return draft(key, "PPO 是一种强化学习算法。", ContentDraft.trueFalse(true));
    }

    public static QuestionDraft shortAnswer(String key) {
        return draft(key, "InstructGPT 用的强化学习算法叫什么？", ContentDraft.shortAnswer(List.of("PPO", "近端策略优化"), List.of()));
    }

    public static QuestionDraft numeric(String key) {
        return draft(key, "InstructGPT 的奖励模型有多少亿参数？", ContentDraft.numeric("60", "1", ""));
    }

    public static QuestionDraft ordering(String key) {
        return draft(key, "按顺序排列 RLHF 的三步。", ContentDraft.ordering(List.of(zh("有监督微调"), zh("训练奖励模型"), zh("强化学习优化"))));
    }

    public static QuestionDraft matching(String key) {
        return draft(
                key,
                "把缩写和全称配对。",
                ContentDraft.matching(List.of(
                        new PairDraft(zh("SFT"), zh("有监督微调")),
                        new PairDraft(zh("RM"), zh("奖励模型")),
                        new PairDraft(zh("PPO"), zh("近端策略优化")))));
    }

    public static QuestionDraft cloze(String key, boolean typed) {
        return draft(key, "RLHF 先做{{c1::有监督微调}}，再训练{{c2::奖励模型::模型}}。", ContentDraft.cloze(typed));
    }

    /** One draft of each type but cloze. */
    public static List<QuestionDraft> everyType() {
        return List.of(
                flashcard("flash"),
                single("single"),
                multiple("multi"),
                trueFalse("tf"),
                shortAnswer("short"),
                numeric("num"),
                ordering("order"),
                matching("match"));
    }
}
