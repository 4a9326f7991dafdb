package com.guanxi.api;

import com.guanxi.webhooks.DeliveryAttempt;
import com.guanxi.webhooks.Webhook;
import com.guanxi.webhooks.WebhookDelivery;
import com.guanxi.webhooks.WebhookService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/**
 * Webhooks: receivers of the tag-change batches, POSTed as JSON with {@code X-Guanxi-Signature: sha256=<HMAC-SHA256
 * (secret, body)>}, retried with exponential back-off, every attempt logged.
 */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** Registration: where to POST, the shared secret, and optionally the sequence number to start after. */
    public record Registration(String url, String secret, Long since) {
    }

    /** A webhook as the API shows it: never its secret. */
    public record WebhookView(String id, String url, String createdAt, long cursor, boolean active) {
        static WebhookView of(Webhook w) {
            return new WebhookView(w.id(), w.url(), w.createdAt().toString(), w.cursor(), w.active());
        }
    }

    /** A delivery as the API shows it: the batch, its state and every attempt (not the body). */
    public record DeliveryView(String id, long fromSeq, long toSeq, int changes, String state, int attempts,
                               String createdAt, String nextAttemptAt, String deliveredAt, List<DeliveryAttempt> attemptLog) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id(), d.fromSeq(), d.toSeq(), d.changes(), d.state(), d.attempts(),
                    d.createdAt().toString(), d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString(),
                    d.deliveredAt() == null ? null : d.deliveredAt().toString(), d.attemptLog());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a receiver of tag-change batches (url, secret of at least 16 characters, optional since)")
    public Response register(Registration registration) {
        if (registration == null) throw new IllegalArgumentException("Send {\"url\": ..., \"secret\": ...}.");
        Webhook hook = webhooks.register(registration.url(), registration.secret(), registration.since());
        return Response.created(URI.create("/api/webhooks/" + hook.id())).entity(WebhookView.of(hook)).build();
    }

    @GET
    @Operation(summary = "Every registered webhook")
    public List<WebhookView> all() {
        return webhooks.all().stream().map(WebhookView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook, with the sequence number of the last change it acknowledged (cursor)")
    public WebhookView one(@PathParam("id") String id) {
        return webhooks.get(id).map(WebhookView::of).orElseThrow(() -> new NotFoundProblem("No webhook " + id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unregister a webhook (its delivery log stays)")
    public Response unregister(@PathParam("id") String id) {
        if (!webhooks.unregister(id)) throw new NotFoundProblem("No webhook " + id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log of a webhook, newest first: each batch with its state and every attempt")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (webhooks.get(id).isEmpty()) throw new NotFoundProblem("No webhook " + id);
        return webhooks.deliveries(id, limit).stream().map(DeliveryView::of).toList();
    }
}
