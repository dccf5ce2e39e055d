package org.quiztrainer.bank.io.anki;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON of a schema 11 collection's {@code col} row, as Anki's {@code notetype/schema11.rs},
 * {@code decks/schema11.rs}, {@code deckconfig/schema11.rs} and {@code config/schema11.rs} read it (every key
 * those require, with Anki's defaults).
 */
final class LegacyJson {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CSS = ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n"
            + " color: black;\n background-color: white;\n}\n.cloze {\n font-weight: bold;\n color: blue;\n}\n";
    private static final String LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
            + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
            + "\\setlength{\\parindent}{0in}\n\\begin{document}\n";

    private LegacyJson() {}

    static ObjectNode noteType(NoteType type, long mod) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", type.id());
        m.put("name", type.name());
        m.put("type", type.cloze() ? 1 : 0);
        m.put("mod", mod);
        m.put("usn", 0);
        m.put("sortf", 0);
        m.put("did", 1);
        ArrayNode tmpls = m.putArray("tmpls");
        for (NoteType.Template t : type.templates()) {
            ObjectNode o = tmpls.addObject();
            o.put("name", t.name());
            o.put("ord", t.ord());
            o.put("qfmt", t.qfmt());
            o.put("afmt", t.afmt());
            o.put("bqfmt", "");
            o.put("bafmt", "");
            o.putNull("did");
            o.put("bfont", "");
            o.put("bsize", 0);
        }
        ArrayNode flds = m.putArray("flds");
        for (int i = 0; i < type.fields().size(); i++) {
            ObjectNode f = flds.addObject();
            f.put("name", type.fields().get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.put(
                    "description",
                    type.fields().get(i).equals(QuestionData.FIELD)
                            ? "Kept by Quiz Trainer; not shown on the cards"
                            : "");
        }
        m.put("css", CSS);
        m.put("latexPre", LATEX_PRE);
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        ArrayNode req = m.putArray("req");
        for (NoteType.Template t : type.templates()) {
            ArrayNode r = req.addArray();
            r.add(t.ord()).add("any").addArray().add(type.cloze() ? 0 : Math.min(t.ord(), 1));
        }
        m.put("originalStockKind", type.stockKind());
        m.putArray("vers");
        m.putArray("tags");
        return m;
    }

    static ObjectNode deck(long id, String name, long mod) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", id);
        d.put("mod", mod);
        d.put("name", name);
        d.put("usn", 0);
        for (String today : List.of("lrnToday", "revToday", "newToday", "timeToday")) {
            d.putArray(today).add(0).add(0);
        }
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        return d;
    }

    static ObjectNode deckConfigs(long mod) {
        ObjectNode all = JSON.createObjectNode();
        ObjectNode c = all.putObject("1");
        c.put("id", 1);
        c.put("mod", mod);
        c.put("name", "Default");
        c.put("usn", 0);
        c.put("maxTaken", 60);
        c.put("autoplay", true);
        c.put("timer", 0);
        c.put("replayq", true);
        ObjectNode n = c.putObject("new");
        n.put("bury", false);
        n.putArray("delays").add(1.0).add(10.0);
        n.put("initialFactor", 2500);
        n.putArray("ints").add(1).add(4).add(0);
        n.put("order", 1);
        n.put("perDay", 20);
        ObjectNode rev = c.putObject("rev");
        rev.put("bury", false);
        rev.put("ease4", 1.3);
        rev.put("ivlFct", 1.0);
        rev.put("maxIvl", 36500);
        rev.put("perDay", 200);
        rev.put("hardFactor", 1.2);
        ObjectNode lapse = c.putObject("lapse");
        lapse.putArray("delays").add(10.0);
        lapse.put("leechAction", 1);
        lapse.put("leechFails", 8);
        lapse.put("minInt", 1);
        lapse.put("mult", 0.0);
        c.put("dyn", false);
        return all;
    }

    static ObjectNode config(long currentModel) {
        ObjectNode c = JSON.createObjectNode();
        c.putArray("activeDecks").add(1);
        c.put("curDeck", 1);
        c.put("newSpread", 0);
        c.put("collapseTime", 1200);
        c.put("timeLim", 0);
        c.put("estTimes", true);
        c.put("dueCounts", true);
        c.put("curModel", String.valueOf(currentModel));
        c.put("nextPos", 1);
        c.put("sortType", "noteFld");
        c.put("sortBackwards", false);
        c.put("addToCur", true);
        c.put("dayLearnFirst", false);
        c.put("schedVer", 2);
        c.put("rollover", 4);
        c.put("creationOffset", 0);
        c.put("sched2021", true);
        return c;
    }
}
