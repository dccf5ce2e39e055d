package org.quiztrainer.bank.ui;

import java.time.Duration;
import org.quiztrainer.bank.BankImages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the images of banks at {@code /bank-image/<id>/<hash>} to users signed in, from the database (so any node
 * serves any image). An image never changes under its id, so browsers may keep it.
 */
@RestController
class BankImageController {

    private final BankImages images;

    BankImageController(BankImages images) {
        this.images = images;
    }

    @GetMapping("/bank-image/{id}/{hash}")
    ResponseEntity<byte[]> image(@PathVariable("id") long id, @PathVariable("hash") String hash) {
        return images.image(id, hash)
                .map(i -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(i.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePrivate()
                                .immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(i.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
