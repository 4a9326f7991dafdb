package com.guanxi.extraction;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP 4.5.10 Chinese NER as the second signal (architecture.md "Extraction"): the light pipeline
 * {@code tokenize,ssplit,ner} with the small CTB segmenter, no numeric classifiers, no fine-grained NER, no SUTime.
 * The model files are read from a folder holding the few files unpacked from the models-chinese jar
 * ({@code mvn -Pcorenlp-models generate-resources}); the 1.58 GB jar itself is never packaged.
 * <p>
 * The pipeline is loaded on first use (about 840 MB heap, 8–12 s) and shared: annotating a new document per
 * call is thread-safe for these annotators. About 10k characters per CPU-second.
 */
public final class CoreNlpRecognizer implements PersonOrgRecognizer {
    /** System property (or environment variable GUANXI_CORENLP_MODELS) naming the unpacked model folder. */
    public static final String MODELS_PROPERTY = "guanxi.corenlp.models";
    static final String SEGMENTER = "edu/stanford/nlp/models/segmenter/chinese/";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz";

    private final Path modelsDir;
    private volatile StanfordCoreNLP pipeline;

    public CoreNlpRecognizer(Path modelsDir) {
        if (!available(modelsDir)) throw new IllegalArgumentException("CoreNLP Chinese model files missing under " + modelsDir);
        this.modelsDir = modelsDir;
    }

    /** The recognizer for the folder named by {@value #MODELS_PROPERTY} / GUANXI_CORENLP_MODELS, when its files are there. */
    public static Optional<CoreNlpRecognizer> fromEnvironment() {
        String p = System.getProperty(MODELS_PROPERTY, System.getenv("GUANXI_CORENLP_MODELS"));
        if (p == null || p.isBlank() || !available(Path.of(p))) return Optional.empty();
        return Optional.of(new CoreNlpRecognizer(Path.of(p)));
    }

    /** True when the light pipeline's model files are in {@code dir}. */
    public static boolean available(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(SEGMENTER + "ctb.small.gz"))
                && Files.isRegularFile(dir.resolve(SEGMENTER + "dict-chris6.ser.gz"))
                && Files.isRegularFile(dir.resolve(NER_MODEL));
    }

    /** The pipeline, loaded once (callers may call this at start-up to gate readiness on it). */
    public StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) pipeline = p = new StanfordCoreNLP(properties(modelsDir));
            }
        }
        return p;
    }

    static Properties properties(Path dir) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "zh");
        props.setProperty("segment.model", dir.resolve(SEGMENTER + "ctb.small.gz").toString());
        props.setProperty("segment.sighanCorporaDict", dir.resolve(SEGMENTER).toString());
        props.setProperty("segment.serDictionary", dir.resolve(SEGMENTER + "dict-chris6.ser.gz").toString());
        props.setProperty("segment.sighanPostProcessing", "true");
        props.setProperty("ssplit.boundaryTokenRegex", "[.。]|[!?！？]+");
        props.setProperty("ner.language", "chinese");
        props.setProperty("ner.model", dir.resolve(NER_MODEL).toString());
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        return props;
    }

    @Override
    public List<RecognizedSpan> recognize(String text) {
        List<RecognizedSpan> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        CoreDocument doc = new CoreDocument(text);
        pipeline().annotate(doc);
        for (CoreEntityMention m : doc.entityMentions()) {
            TextMention.EntityKind type = switch (m.entityType()) {
                case "PERSON" -> TextMention.EntityKind.PERSON;
                case "ORGANIZATION" -> TextMention.EntityKind.ORGANISATION;
                default -> null;
            };
            if (type == null) continue;
            Pair<Integer, Integer> span = m.charOffsets();
            if (span.first() >= 0 && span.second() > span.first() && span.second() <= text.length()) {
                out.add(new RecognizedSpan(span.first(), span.second(), type));
            }
        }
        return out;
    }
}
