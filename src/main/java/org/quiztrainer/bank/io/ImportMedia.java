package org.quiztrainer.bank.io;

/**
 * A media file of a package (an image), as its name in the questions' HTML refers to it. Its bytes are
 * checked by content (PNG, JPEG, GIF, WebP) by the bank before they are kept.
 *
 * @param name  the name the question texts use ({@code <img src="name">})
 * @param bytes the content, at most {@link ImportLimits#maxMediaBytes()}
 */
public record ImportMedia(String name, byte[] bytes) {

    public ImportMedia {
        if (name == null || name.isBlank() || bytes == null) {
            throw new IllegalArgumentException("a media file needs a name and its bytes");
        }
    }
}
