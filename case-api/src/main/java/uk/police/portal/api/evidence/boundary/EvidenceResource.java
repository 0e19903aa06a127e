package uk.police.portal.api.evidence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.audit.entity.AuditRecord;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.Listing;
import uk.police.portal.api.evidence.control.EvidenceAccess;
import uk.police.portal.api.evidence.control.EvidenceDownloads;
import uk.police.portal.api.evidence.control.EvidenceItems;
import uk.police.portal.api.evidence.control.EvidencePreviews;
import uk.police.portal.api.evidence.control.EvidenceUploads;
import uk.police.portal.api.evidence.control.UploadSlots;
import uk.police.portal.api.evidence.entity.ByteRange;
import uk.police.portal.api.evidence.entity.EvidenceItem;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.api.evidence.entity.EvidenceView;
import uk.police.portal.api.evidence.entity.NewUpload;
import uk.police.portal.api.evidence.entity.UploadSlotView;
import uk.police.portal.api.platform.entity.Page;
import uk.police.portal.api.platform.entity.Role;

/**
 * A case's evidence: files added by the citizen who reported it or by the officers working it,
 * streamed into object storage with their SHA-256, listed, and downloaded with that hash checked.
 * Roles per method: case-api/README.md. No method here holds a database transaction while bytes
 * move: each step it needs (the access check, the record, the audit entry) commits on its own.
 */
@Path("cases/{reference}/evidence")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  static final String SEND_BYTES =
      "Send the file itself as the body of the request (Content-Type: application/octet-stream),"
          + " with its name in the name parameter. Nothing was saved.";

  @Inject EvidenceAccess access;
  @Inject EvidenceUploads uploads;
  @Inject EvidenceItems items;
  @Inject EvidenceDownloads downloads;
  @Inject UploadSlots slots;
  @Inject EvidencePreviews previews;
  @Inject JsonWebToken caller;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "Add a file to a case: the raw bytes as the body (application/octet-stream), the"
              + " original file name in ?name=. Its type is decided from its bytes alone.")
  public Response add(
      @PathParam("reference") String reference,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    CaseFile file = access.toAddTo(reference, caller);
    refuseForms(contentType);
    EvidenceReceipt receipt;
    try {
      receipt = uploads.add(file, body, name, caller);
    } catch (RuntimeException e) {
      throw UploadProblems.of(e);
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(receipt.id())).path("content").build())
        .entity(receipt)
        .build();
  }

  /**
   * Opens an upload slot, for a file an API client sends straight to object storage (large files):
   * a presigned PUT URL for exactly the declared size, short-lived. Same roles and case rules as
   * {@link #add}: the citizen who reported the case while it is open, the officer in charge, a
   * supervisor. The size must fit the largest file we take and what is left of the case's quota.
   */
  @POST
  @Path("uploads")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "Open an upload slot for a large file: {name, size} -> 201 with a presigned URL to PUT"
              + " exactly that many bytes to, before expiresAt; then complete the slot")
  public Response openUpload(@PathParam("reference") String reference, NewUpload upload) {
    CaseFile file = access.toAddTo(reference, caller);
    UploadSlotView slot;
    try {
      slot = slots.open(file, upload, caller);
    } catch (RuntimeException e) {
      throw UploadProblems.of(e);
    }
    return Response.created(uri.getAbsolutePathBuilder().path(slot.id()).build())
        .entity(slot)
        .build();
  }

  /**
   * Completes an upload slot: the file that arrived in the store is read through the same checks as
   * {@link #add}, hashed while it is read, published under our own key and recorded; 201 with the
   * same receipt. Only the person who opened the slot may complete it, once, before its deadline.
   */
  @POST
  @Path("uploads/{id}")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "Complete an upload slot once its file has been sent: checked, hashed and recorded ->"
              + " 201 EvidenceReceipt; a refused file is removed")
  public Response completeUpload(
      @PathParam("reference") String reference, @PathParam("id") String id) {
    CaseFile file = access.toAddTo(reference, caller);
    EvidenceReceipt receipt;
    try {
      receipt = uploads.complete(file, id, caller);
    } catch (RuntimeException e) {
      throw UploadProblems.of(e);
    }
    return Response.created(contentOf(uri, file.reference(), receipt.id())).entity(receipt).build();
  }

  /** Where an evidence item's bytes are read: the Location of everything that adds one. */
  public static URI contentOf(UriInfo uri, String reference, long id) {
    return uri.getBaseUriBuilder()
        .path("cases")
        .path(reference)
        .path("evidence")
        .path(String.valueOf(id))
        .path("content")
        .build();
  }

  @GET
  @RolesAllowed({Role.CITIZEN, Role.CONTACT_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "A case's evidence, newest first: a citizen sees the files they added; staff must give"
              + " a reason, which is audited")
  public Listing<EvidenceView> list(
      @PathParam("reference") String reference,
      @QueryParam("reason") String reason,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    Page slice = new Page(page, size);
    CaseFile file = access.toList(reference, reason, caller);
    String onlyBy = new CaseAccess(caller).citizen() ? caller.getSubject() : null;
    return items.of(file, onlyBy, slice);
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "The file's bytes, as stored, checked against their SHA-256 while they stream; staff"
              + " must give a reason, which is audited. One Range (bytes=a-b) is answered with"
              + " 206 and that part, whose hash cannot be checked")
  public Response content(
      @PathParam("reference") String reference,
      @PathParam("id") String id,
      @QueryParam("reason") String reason,
      @HeaderParam("Range") String range) {
    EvidenceItem item = access.toDownload(reference, id, reason, caller, range);
    Optional<ByteRange> part = ByteRange.parse(range, item.size());
    InputStream bytes;
    try {
      bytes = downloads.open(item, reference);
    } catch (RuntimeException e) {
      throw UploadProblems.of(e);
    }
    StreamingOutput stream =
        out -> {
          try (InputStream in = bytes) {
            if (part.isPresent()) {
              downloads.copyPart(item, part.get(), in, out);
            } else {
              downloads.copy(item, reference, in, out);
            }
          }
        };
    Response.ResponseBuilder response =
        part.isPresent()
            ? Response.status(206)
                .entity(stream)
                .type(item.mediaType())
                .header("Content-Range", part.get().contentRange())
                .header("Content-Length", part.get().length())
            : Response.ok(stream, item.mediaType()).header("Content-Length", item.size());
    return response
        .header("Accept-Ranges", "bytes")
        // If the bytes fail their check at the end, the connection is closed at once, so the
        // client sees the response stop short of its length instead of waiting for the rest.
        .header("Connection", "close")
        .header("Content-Disposition", ContentDisposition.attachment(item.downloadName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("Cache-Control", "private, no-store")
        .header("Repr-Digest", "sha-256=:" + base64(item.sha256()) + ":")
        .build();
  }

  // --- previews and an item's audit trail, for officers looking through a case's evidence ---

  @GET
  @Path("{id}/thumbnail")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.CITIZEN, Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "A picture's thumbnail, a JPEG at most 320 px on its long side (404 for files without"
              + " one, such as HEIC or video); staff must give a reason, audited as"
              + " PREVIEW_EVIDENCE")
  public Response thumbnail(
      @PathParam("reference") String reference,
      @PathParam("id") String id,
      @QueryParam("reason") String reason) {
    EvidenceItem item = access.toPreview(reference, id, reason, caller);
    byte[] jpeg;
    try {
      jpeg = previews.thumbnail(item, reference);
    } catch (RuntimeException e) {
      throw UploadProblems.of(e);
    }
    return Response.ok(jpeg, "image/jpeg")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("{id}/audit")
  @RolesAllowed({Role.INVESTIGATOR, Role.SUPERVISOR})
  @Operation(
      summary =
          "Everything done with one file, newest first: who added it, each download and preview,"
              + " and each read of the case's evidence list since it was added; reason required,"
              + " audited")
  public Listing<AuditRecord> audit(
      @PathParam("reference") String reference,
      @PathParam("id") String id,
      @QueryParam("reason") String reason,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    Page slice = new Page(page, size);
    EvidenceItem item = access.toAuditTrail(reference, id, reason, caller);
    return items.trail(item, reference, slice);
  }

  /** A form would be stored as the form, not as the file inside it. */
  private static void refuseForms(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
    if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
      throw new ClientErrorException(SEND_BYTES, 415);
    }
  }

  private static String base64(String sha256Hex) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
  }
}
