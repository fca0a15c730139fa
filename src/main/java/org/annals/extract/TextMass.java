package org.annals.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much prose each part of a page holds, measured once per page. A block's own prose is the text
 * of its inline content (text, links, emphasis; not its child blocks), so text set with {@code <br>}
 * in a {@code <div>} counts as well as {@code <p>} paragraphs. Link text is not prose: a block whose
 * own text is mostly links, or that is shorter than a sentence fragment, holds none.
 *
 * <p>A paragraph-like block ({@code p}, {@code li}, {@code td}...) credits its prose to its parent in
 * full and its grandparent by half, any other block to itself in full and its parent by half: the
 * container with the highest score is the one that directly holds the most prose. Independently,
 * {@link #mass} sums the prose below an element, to compare candidates.
 *
 * <p>Not thread-safe; one instance per page.
 */
final class TextMass {

    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup",
            "sub", "mark", "abbr", "cite", "q", "time", "code", "font", "s", "label", "bdi", "bdo", "data", "var",
            "kbd", "ins", "del", "img", "wbr", "br", "tt", "big");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd", "li", "h2", "h3",
            "h4", "h5", "h6", "dt", "address", "figcaption");
    /** Shorter own text is a label, a button or a date, not prose. */
    private static final int MIN_PROSE = 25;

    private final Map<Element, Double> score = new HashMap<>();
    private final Map<Element, Double> mass = new HashMap<>();
    private final Map<Element, Integer> text = new HashMap<>();
    private Element best;

    TextMass(Element root) {
        for (Element e : root.getAllElements()) {
            if (INLINE.contains(e.normalName())) {
                continue;
            }
            int[] len = new int[2];
            inline(e, len, false);
            if (len[0] > 0) {
                for (Element p = e; p != null; p = p.parent()) {
                    text.merge(p, len[0], Integer::sum);
                    if (p == root) {
                        break;
                    }
                }
            }
            if (len[0] < MIN_PROSE || len[1] * 2 > len[0]) {
                continue;
            }
            double prose = len[0] - len[1];
            Element target = PARAGRAPHS.contains(e.normalName()) && e != root ? e.parent() : e;
            credit(target, prose);
            if (target != null && target != root) {
                credit(target.parent(), prose / 2);
            }
            for (Element p = e; p != null; p = p.parent()) {
                mass.merge(p, prose, Double::sum);
                if (p == root) {
                    break;
                }
            }
        }
    }

    private void credit(Element e, double value) {
        if (e == null) {
            return;
        }
        double s = score.merge(e, value, Double::sum);
        if (best == null || s > score.get(best)) {
            best = e;
        }
    }

    /** The container that directly holds the most prose, or null when the page has none. */
    Element best() {
        return best;
    }

    /** The prose below an element (its own included), in characters. */
    double mass(Element e) {
        return mass.getOrDefault(e, 0.0);
    }

    /** All text below an element (its own included), prose or not, in characters without outer spaces. */
    int text(Element e) {
        return text.getOrDefault(e, 0);
    }

    private static void inline(Element e, int[] len, boolean inLink) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                int n = t.text().strip().length();
                len[0] += n;
                if (inLink) {
                    len[1] += n;
                }
            } else if (child instanceof Element c && INLINE.contains(c.normalName())) {
                inline(c, len, inLink || c.normalName().equals("a"));
            }
        }
    }
}
