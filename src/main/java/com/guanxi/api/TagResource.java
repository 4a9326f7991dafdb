package com.guanxi.api;

import com.guanxi.tags.TagCatalogue;
import com.guanxi.tags.TagChangeRecord;
import com.guanxi.tags.TagChangeStream;
import com.guanxi.tags.TagConfig;
import com.guanxi.tags.TagDefinition;
import com.guanxi.tags.TagRunInfo;
import com.guanxi.tags.TagService;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tag catalogue and the tag-change log: as pages since a sequence number, or live as server-sent events. */
@Path("/api/tags")
public class TagResource {

    private final TagService tags;
    private final TagChangeStream stream;
    private final TagConfig config;
    private final TagCatalogue catalogue = TagCatalogue.load();

    TagResource(TagService tags, TagChangeStream stream, TagConfig config) {
        this.tags = tags;
        this.stream = stream;
        this.config = config;
    }

    @GET
    @Path("/catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every tag code with its names, default severity and meaning")
    public List<TagDefinition> catalogue() {
        return catalogue.definitions();
    }

    @GET
    @Path("/runs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest tagged runs, newest first, each with the range of sequence numbers of its changes "
            + "against the run before (what changed since the last run: changes?since=firstSeq-1)")
    public List<TagRunInfo> runs(@QueryParam("limit") @DefaultValue("20") int limit) {
        return tags.recentRuns(limit);
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tag changes (added, removed, severity_changed) with a sequence number above since, oldest first")
    public Map<String, Object> changes(@QueryParam("since") @DefaultValue("0") long since,
                                       @QueryParam("limit") @DefaultValue("1000") int limit) {
        List<TagChangeRecord> page = tags.changesSince(since, limit);
        long lastSeq = tags.lastSeq();
        long next = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("since", since);
        out.put("changes", page);
        out.put("next", next);
        out.put("lastSeq", lastSeq);
        out.put("hasMore", next < lastSeq);
        return out;
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Tag changes as server-sent events (event tag-change, id = sequence number); "
            + "resumes after since or Last-Event-ID, else starts with the next change")
    public Multi<OutboundSseEvent> stream(@QueryParam("since") Long since, @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Context Sse sse) {
        Long from = since;
        if (from == null && lastEventId != null && !lastEventId.isBlank()) {
            try {
                from = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID must be a sequence number, got " + lastEventId);
            }
        }
        if (from != null && from < 0) throw new IllegalArgumentException("since must not be negative");
        Multi<OutboundSseEvent> changes = stream.since(from).map(change -> sse.newEventBuilder()
                .id(Long.toString(change.seq()))
                .name("tag-change")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(TagChangeRecord.class, change)
                .build());
        // a comment now and then keeps proxies and load balancers from closing a quiet stream, and lets a client
        // tell a dead connection from a quiet one
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.sseHeartbeat()).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, heartbeats);
    }
}
