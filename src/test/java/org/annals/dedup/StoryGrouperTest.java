package org.annals.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final String FLOOD = "Il fiume Adda è uscito dagli argini nella notte tra sabato e domenica e ha "
            + "allagato le cantine di una trentina di case a Brivio. I vigili del fuoco hanno lavorato fino all'alba "
            + "con le pompe idrovore, mentre il sindaco ha chiuso la strada provinciale e la scuola elementare. "
            + "Secondo la protezione civile il livello dell'acqua sta scendendo e lunedì la strada potrebbe riaprire.";
    private static final String FLOOD_COPY = "BRIVIO – " + FLOOD + " Questo articolo è stato pubblicato "
            + "originariamente sul Corriere dell'Adda.";
    private static final String MARKET = "Il mercato del sabato di Lecco si sposta in piazza Garibaldi per tutto "
            + "l'inverno: i banchi saranno ottanta, venti in meno dell'estate, e apriranno alle sette e mezza. "
            + "I commercianti chiedono più parcheggi e un servizio di navetta dalla stazione, che il comune promette "
            + "di studiare entro la fine dell'anno insieme alle associazioni di categoria.";

    @Test
    void copiesJoinTheStoryOfTheFirstAndOthersStartTheirOwn() {
        StoryGrouper g = new StoryGrouper();
        assertEquals(0, g.add(FLOOD));
        assertEquals(1, g.add(MARKET));
        assertEquals(0, g.add(FLOOD_COPY));
        assertEquals(3, g.add("Breve."));
        assertEquals(0, g.add(FLOOD_COPY.replace("trentina", "quarantina")));
        assertEquals(5, g.size());
        assertEquals(List.of(0, 2, 4), g.members(2));
        assertEquals(List.of(1), g.members(1));
        assertEquals(0, g.story(4));
    }

    @Test
    void textsTooShortToCompareStayAlone() {
        StoryGrouper g = new StoryGrouper();
        assertEquals(0, g.add("Allerta meteo sul lago."));
        assertEquals(1, g.add("Allerta meteo sul lago."));
        assertEquals(2, g.add(""));
    }
}
