package org.annals.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How an article is laid out in the index: exact fields for the id and the filters, a date point for
 * ranges, the title and text analysed in their language's fields ({@link IndexLanguage}), and the
 * original title and text stored once for hits and snippets.
 */
final class ArticleDocuments {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String URL = "url";
    static final String SITE = "site";
    static final String LANGUAGE = "language";
    /** Stored epoch day of the publication date. */
    static final String PUBLISHED = "published";
    /** Indexed epoch day of the publication date, for ranges. */
    static final String PUBLISHED_DAY = "published_day";

    /** What a hit reads back. */
    static final Set<String> STORED = Set.of(ID, TITLE, TEXT, URL, SITE, LANGUAGE, PUBLISHED);

    private ArticleDocuments() {}

    /** Language codes are case-insensitive: they are indexed and filtered in lower case. */
    static String normalizeLanguage(String language) {
        return language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    static Document toDocument(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        String language = normalizeLanguage(article.language());
        IndexLanguage group = IndexLanguage.of(language);
        if (language != null) {
            doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
        }
        if (article.title() != null) {
            doc.add(new StoredField(TITLE, article.title()));
            doc.add(new TextField(group.titleField, article.title(), Field.Store.NO));
        }
        doc.add(new StoredField(TEXT, article.text()));
        doc.add(new TextField(group.textField, article.text(), Field.Store.NO));
        if (article.url() != null) {
            doc.add(new StoredField(URL, article.url()));
        }
        if (article.site() != null) {
            doc.add(new StringField(SITE, article.site(), Field.Store.YES));
        }
        if (article.published() != null) {
            long day = article.published().toEpochDay();
            doc.add(new LongPoint(PUBLISHED_DAY, day));
            doc.add(new StoredField(PUBLISHED, day));
        }
        return doc;
    }

    /** Articles whose language is {@code language} (already normalised). */
    static Query languageIs(String language) {
        return new TermQuery(new Term(LANGUAGE, language));
    }

    static Query siteIs(String site) {
        return new TermQuery(new Term(SITE, site));
    }

    /** Articles published in the range; those without a date never match. Either end may be null. */
    static Query publishedIn(LocalDate from, LocalDate to) {
        return LongPoint.newRangeQuery(PUBLISHED_DAY, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    static LocalDate published(Document doc) {
        IndexableField f = doc.getField(PUBLISHED);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }
}
