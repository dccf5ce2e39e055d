package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContentLanguageTest {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void chineseInTheEnglishInterfaceIsMarkedChinese() {
        assertThat(ContentLanguage.otherThan(EN, "梯度消失是什么？")).contains("zh-CN");
        assertThat(ContentLanguage.otherThan(EN, "王芳")).contains("zh-CN");
        assertThat(ContentLanguage.otherThan(EN, "BERT 是谁提出的？")).contains("zh-CN");
        assertThat(ContentLanguage.otherThan(EN, "Quiz 1 · AIGC and training 小测一"))
                .isEmpty();
        assertThat(ContentLanguage.otherThan(EN, "What is a vanishing gradient?"))
                .isEmpty();
        assertThat(ContentLanguage.otherThan(EN, "175")).isEmpty();
    }

    @Test
    void englishInTheChineseInterfaceIsMarkedEnglish() {
        assertThat(ContentLanguage.otherThan(ZH, "Emma Johnson")).contains("en");
        assertThat(ContentLanguage.otherThan(ZH, "GPT-3 有多少参数？")).isEmpty();
        assertThat(ContentLanguage.otherThan(ZH, "梯度消失")).isEmpty();
        assertThat(ContentLanguage.otherThan(ZH, " ")).isEmpty();
    }

    @Test
    void markingSetsOrClearsTheAttribute() {
        Span span = ContentLanguage.mark(new Span(), "王芳", EN);
        assertThat(span.getElement().getAttribute("lang")).isEqualTo("zh-CN");
        ContentLanguage.mark(span, "Wang Fang", EN);
        assertThat(span.getElement().hasAttribute("lang")).isFalse();
    }
}
