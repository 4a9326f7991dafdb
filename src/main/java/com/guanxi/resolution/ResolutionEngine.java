package com.guanxi.resolution;

import com.guanxi.extraction.CoreNlpRecognizer;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.PersonOrgRecognizer;
import com.guanxi.ingest.BatchRecords;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/**
 * The entity resolver as the import uses it: the matching model and dictionaries loaded once, one resolver per
 * batch seeded with the registry the graph already holds (so a new batch resolves against it incrementally), and
 * the reviewers' judgements so a rejected pair is never merged again.
 */
@ApplicationScoped
public class ResolutionEngine {

    private static final Logger LOG = Logger.getLogger(ResolutionEngine.class);

    private final ResolutionConfig config;
    private final JudgementStore judgements;
    private volatile Lexicon lexicon;
    private volatile ResolutionModel model;
    private volatile PersonOrgRecognizer recognizer;

    ResolutionEngine(ResolutionConfig config) {
        this.config = config;
        this.judgements = new FileJudgementStore(Path.of(config.reviewDir()).resolve("judgements.jsonl"));
    }

    public boolean fullMode() {
        return !"exact".equalsIgnoreCase(config.mode());
    }

    public JudgementStore judgements() {
        return judgements;
    }

    /**
     * Resolves a batch against the registry the graph holds and, when given, the rest of what it holds (persons
     * with their rows, outside organisations, contacts, ownership): a person the graph knows keeps its id.
     */
    public BatchResult resolve(String batchId, BatchRecords records, RegistrySnapshot registry, StoredContext stored) {
        load();
        BatchResolver resolver = BatchResolver.create(lexicon, model, judgements, recognizer,
                Math.max(1024, registry.companies().size() + stored.companies().size() + records.companies.size()));
        for (var entry : registry.companies()) {
            if (entry.name() == null) continue;
            resolver.companies().add(new CompanyEntity(entry.id(), entry.uscc(), entry.regNo(), entry.name(),
                    entry.formerNames(), true, null));
        }
        resolver.restore(stored);
        return resolver.resolve(new Batch(batchId, records.companies, records.shareholders, records.personnel,
                records.guarantees, records.judgments));
    }

    private synchronized void load() {
        if (lexicon != null) return;
        long t = System.nanoTime();
        lexicon = Lexicon.load();
        model = ResolutionModel.load();
        recognizer = config.corenlpModels().map(Path::of).filter(CoreNlpRecognizer::available)
                .<PersonOrgRecognizer>map(CoreNlpRecognizer::new)
                .orElse(PersonOrgRecognizer.NONE);
        LOG.infof("Entity-resolution model loaded in %d ms (CoreNLP %s)", (System.nanoTime() - t) / 1_000_000,
                recognizer == PersonOrgRecognizer.NONE ? "off" : "on");
    }
}
