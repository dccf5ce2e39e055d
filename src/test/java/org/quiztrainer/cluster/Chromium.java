package org.quiztrainer.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One headless Chromium driven over the DevTools protocol, holding many pages that each live in a browser
 * context of their own (their own cookies: one learner each). Commands to different pages run at the same
 * time over one connection, so fifty learners cost one browser process and fifty renderers, not fifty
 * WebDriver sessions.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Path profile;

    private Chromium(Process process, WebSocket socket, Path profile) {
        this.process = process;
        this.socket = socket;
        this.profile = profile;
    }

    /** Starts Chromium with the flags of the browser tests and a fresh profile. */
    static Chromium launch() throws Exception {
        Path profile = Files.createTempDirectory("bench-chromium");
        Process p = new ProcessBuilder(List.of(
                        "/usr/bin/chromium",
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-extensions",
                        "--disable-background-timer-throttling",
                        "--disable-renderer-backgrounding",
                        "--disable-backgrounding-occluded-windows",
                        "--lang=en-US",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank"))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String url = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            int at = line.indexOf("ws://");
            if (line.contains("DevTools listening on") && at >= 0) {
                url = line.substring(at).strip();
                break;
            }
        }
        if (url == null) {
            throw new IOException("Chromium did not print its DevTools address");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // Chromium's own chatter is not needed
                }
            } catch (IOException ignored) {
                // the browser closed
            }
        });
        drain.setDaemon(true);
        drain.start();
        Chromium[] self = new Chromium[1];
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(url), new Listener(m -> self[0].receive(m)))
                .get(30, TimeUnit.SECONDS);
        self[0] = new Chromium(p, ws, profile);
        return self[0];
    }

    /** A new page in a browser context of its own. */
    Page newPage() throws Exception {
        String context = call(null, "Target.createBrowserContext", obj())
                .get("browserContextId")
                .asText();
        String target = call(
                        null,
                        "Target.createTarget",
                        obj().put("url", "about:blank").put("browserContextId", context))
                .get("targetId")
                .asText();
        String session = call(
                        null,
                        "Target.attachToTarget",
                        obj().put("targetId", target).put("flatten", true))
                .get("sessionId")
                .asText();
        return new Page(this, session, context);
    }

    static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    /** Sends a command (to a page's session, or to the browser with {@code session} null) and waits for its result. */
    JsonNode call(String session, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = obj().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        }
        JsonNode answer = reply.get(180, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    private void receive(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }

    /** Collects a message's frames and hands on the whole text. */
    private static final class Listener implements WebSocket.Listener {
        private final Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                onMessage.accept(text);
            }
            ws.request(1);
            return null;
        }
    }

    /** One tab: run JavaScript in it, navigate, type and press keys as a user would. */
    static final class Page {
        private final Chromium browser;
        private final String session;
        final String context;

        Page(Chromium browser, String session, String context) {
            this.browser = browser;
            this.session = session;
            this.context = context;
        }

        /** Evaluates {@code js} (an expression; a promise is awaited) and returns its value as JSON. */
        JsonNode eval(String js) throws Exception {
            JsonNode r;
            try {
                r = browser.call(
                        session,
                        "Runtime.evaluate",
                        obj().put("expression", js).put("awaitPromise", true).put("returnByValue", true));
            } catch (IllegalStateException e) {
                throw new PageException(e.getMessage());
            }
            if (r.has("exceptionDetails")) {
                JsonNode d = r.get("exceptionDetails");
                String text = d.has("exception") && d.get("exception").has("description")
                        ? d.get("exception").get("description").asText()
                        : d.toString();
                throw new PageException(text);
            }
            return r.get("result").get("value");
        }

        /** Loads {@code url}; the old document is marked, so that waits can tell it from the new one. */
        void navigate(String url) throws Exception {
            markOld();
            browser.call(session, "Page.navigate", obj().put("url", url));
        }

        /** Marks the current document as one about to be replaced. */
        void markOld() {
            try {
                eval("window.__qtOld = true");
            } catch (Exception ignored) {
                // no document yet, or it is going away already
            }
        }

        void type(String text) throws Exception {
            browser.call(session, "Input.insertText", obj().put("text", text));
        }

        /** Presses and releases a key: {@code Enter}, {@code ArrowDown}, ... */
        void press(String key, int keyCode) throws Exception {
            for (String type : List.of("keyDown", "keyUp")) {
                ObjectNode p =
                        obj().put("type", type).put("key", key).put("code", key).put("windowsVirtualKeyCode", keyCode);
                if (type.equals("keyDown") && key.equals("Enter")) {
                    p.put("text", "\r");
                }
                browser.call(session, "Input.dispatchKeyEvent", p);
            }
        }

        /** The value of a cookie of this page's context (HttpOnly ones too), or null. */
        String cookie(String name) throws Exception {
            JsonNode r = browser.call(null, "Storage.getCookies", obj().put("browserContextId", context));
            for (JsonNode c : r.get("cookies")) {
                if (c.get("name").asText().equals(name)) {
                    return c.get("value").asText();
                }
            }
            return null;
        }
    }

    /** JavaScript in a page threw (a wait timed out, an element was missing). */
    static final class PageException extends Exception {
        private static final long serialVersionUID = 1L;

        PageException(String message) {
            super(message);
        }
    }
}
