package cn.zfgs.portal.api;

import cn.zfgs.portal.errors.PublicErrors;
import cn.zfgs.portal.errors.PublicInputException;
import cn.zfgs.portal.linkeddata.Description;
import cn.zfgs.portal.linkeddata.EntityDescriptions;
import cn.zfgs.portal.linkeddata.LinkedFormat;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.linkeddata.Representations;
import cn.zfgs.portal.opendata.DatasetReader;
import cn.zfgs.portal.opendata.DatasetRow;
import cn.zfgs.portal.opendata.EntityDataset;
import cn.zfgs.portal.opendata.dataset.Datasets;
import cn.zfgs.portal.opendata.format.RowJson;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 数据接口 v1 — JSON for every public kind: lists filtered and paged by cursor ({@code after}), single entities
 * with their versions. Every answer carries an ETag derived from the publication log position, so an unchanged
 * answer costs a 304; errors are JSON too. Fields are the columns of the datasets (see /data).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "数据接口 v1", description = "执法主体、执法事项、执法人员、服务指南、执法决定的 JSON 接口")
public class JsonApiResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE_EXAMPLE = "{\"data\":[{\"id\":42,\"version\":1,\"uri\":\"http://localhost:8080/id/decision/42\","
            + "\"document_number\":\"赣药监罚〔2024〕12号\",\"decision_type\":\"PENALTY\",\"decision_type_label\":\"行政处罚\","
            + "\"agency_id\":1,\"agency_name\":\"江西省药品监督管理局\",\"party_name\":\"江西某医药有限公司\","
            + "\"fine_amount\":5000.00,\"decision_date\":\"2024-03-02\",\"published_at\":\"2024-03-05T10:00:00+08:00\"}],"
            + "\"limit\":100,\"next\":\"/api/v1/decisions?limit=100&after=42\"}";

    @Inject
    Datasets datasets;
    @Inject
    ApiQueries queries;
    @Inject
    EntityDescriptions entities;
    @Inject
    DatasetReader reader;

    @Context
    Request request;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/decisions")
    @Operation(summary = "执法决定列表", description = "当前公开的执法决定，按编号升序，用 after 翻页")
    @APIResponse(responseCode = "200", description = "一页执法决定", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "一页", value = PAGE_EXAMPLE)))
    public Response decisions(
            @Parameter(description = "执法主体编号", example = "1") @QueryParam("agency") String agency,
            @Parameter(description = "决定类别代码：LICENSING PENALTY COERCION INSPECTION LEVY FEE OTHER", example = "PENALTY")
            @QueryParam("type") String type,
            @Parameter(description = "决定日期不早于", example = "2025-01-01") @QueryParam("from") String from,
            @Parameter(description = "决定日期不晚于", example = "2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "执法事项编号", example = "12") @QueryParam("item") String item,
            @Parameter(description = "上一页最后一条的编号", example = "0") @QueryParam("after") String after,
            @Parameter(description = "每页条数，1 至 1000，默认 100", example = "100") @QueryParam("limit") String limit) {
        return list(LinkedKind.DECISION, after, limit);
    }

    @GET
    @Path("/officers")
    @Operation(summary = "执法人员名册", description = "当前公开的执法人员和法制审核人员")
    public Response officers(
            @Parameter(description = "执法主体编号", example = "1") @QueryParam("agency") String agency,
            @Parameter(description = "执法类别", example = "市场监管") @QueryParam("category") String category,
            @Parameter(description = "证件状态代码：VALID SUSPENDED REVOKED", example = "VALID") @QueryParam("status") String status,
            @Parameter(description = "执法证号", example = "36010020001") @QueryParam("certificate") String certificate,
            @Parameter(description = "上一页最后一条的编号", example = "0") @QueryParam("after") String after,
            @Parameter(description = "每页条数，1 至 1000，默认 100", example = "100") @QueryParam("limit") String limit) {
        return list(LinkedKind.OFFICER, after, limit);
    }

    @GET
    @Path("/items")
    @Operation(summary = "执法事项清单（含随机抽查事项）")
    public Response items(
            @Parameter(description = "执法主体编号", example = "1") @QueryParam("agency") String agency,
            @Parameter(description = "事项类别代码", example = "LICENSING") @QueryParam("type") String type,
            @Parameter(description = "true 时只列随机抽查事项", example = "true") @QueryParam("random_inspection") String random,
            @Parameter(description = "上一页最后一条的编号", example = "0") @QueryParam("after") String after,
            @Parameter(description = "每页条数，1 至 1000，默认 100", example = "100") @QueryParam("limit") String limit) {
        return list(LinkedKind.ITEM, after, limit);
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "执法主体")
    public Response agencies(
            @Parameter(description = "层级代码：PROVINCE CITY COUNTY", example = "CITY") @QueryParam("level") String level,
            @Parameter(description = "行政区划代码", example = "360100") @QueryParam("region") String region,
            @Parameter(description = "上级执法主体编号", example = "1") @QueryParam("parent") String parent,
            @Parameter(description = "上一页最后一条的编号", example = "0") @QueryParam("after") String after,
            @Parameter(description = "每页条数，1 至 1000，默认 100", example = "100") @QueryParam("limit") String limit) {
        return list(LinkedKind.AGENCY, after, limit);
    }

    @GET
    @Path("/guides")
    @Operation(summary = "服务指南")
    public Response guides(
            @Parameter(description = "执法主体编号", example = "1") @QueryParam("agency") String agency,
            @Parameter(description = "执法事项编号", example = "12") @QueryParam("item") String item,
            @Parameter(description = "上一页最后一条的编号", example = "0") @QueryParam("after") String after,
            @Parameter(description = "每页条数，1 至 1000，默认 100", example = "100") @QueryParam("limit") String limit) {
        return list(LinkedKind.GUIDE, after, limit);
    }

    @GET
    @Path("/{kind: decisions|officers|items|agencies|guides}/{id: [0-9]+}")
    @Operation(summary = "单个对象及其各公开版本", description = "已撤回的答复 410，只含撤回公告")
    @APIResponse(responseCode = "200", description = "对象", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "执法决定", value = "{\"id\":42,\"version\":2,\"uri\":\"http://localhost:8080/id/decision/42\","
                    + "\"document_number\":\"赣药监罚〔2024〕12号\",\"versions\":[{\"version\":1,\"uri\":\"http://localhost:8080/id/decision/42/version/1\","
                    + "\"published_at\":\"2024-03-05T10:00:00+08:00\",\"change_note\":null},{\"version\":2,"
                    + "\"uri\":\"http://localhost:8080/id/decision/42/version/2\",\"published_at\":\"2024-03-09T09:00:00+08:00\","
                    + "\"change_note\":\"原公示罚款金额有误，更正为6000元。\"}]}")))
    @APIResponse(responseCode = "410", description = "已撤回")
    @APIResponse(responseCode = "404", description = "不存在")
    public Response one(@Parameter(example = "decisions") @PathParam("kind") String kind,
            @Parameter(example = "42") @PathParam("id") String id) {
        return guarded(() -> {
            LinkedKind k = kindOf(kind);
            Description d = entities.entity(k, PublicErrors.requireId(id, "编号"))
                    .orElseThrow(() -> PublicErrors.notFound("没有这个编号的" + k.label()));
            return tagged(() -> Representations.write(d, LinkedFormat.JSON), d.withdrawn() ? 410 : 200);
        });
    }

    private Response list(LinkedKind kind, String after, String limit) {
        return guarded(() -> {
            EntityDataset dataset = datasets.of(kind);
            Map<String, String> filters = new LinkedHashMap<>();
            uriInfo.getQueryParameters().forEach((k, v) -> filters.put(k, v.get(0)));
            return tagged(() -> {
                ApiQueries.Page page = queries.page(dataset, filters, after, limit);
                int size = (int) ApiQueries.number(limit, "limit", 1, ApiQueries.MAX_LIMIT, ApiQueries.DEFAULT_LIMIT);
                return page(page, size, next(filters, page));
            }, 200);
        });
    }

    private String next(Map<String, String> filters, ApiQueries.Page page) {
        if (page.nextAfter() == null) {
            return null;
        }
        StringBuilder next = new StringBuilder(uriInfo.getPath()).append('?');
        filters.forEach((k, v) -> {
            if (!k.equals("after")) {
                next.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        return next.append("after=").append(page.nextAfter()).toString();
    }

    private static byte[] page(ApiQueries.Page page, int limit, String next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            for (DatasetRow row : page.rows()) {
                RowJson.write(json, row);
            }
            json.writeEndArray();
            json.writeNumberField("limit", limit);
            json.writeStringField("next", next);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Answers 304 when the client's ETag is current. Every change to public data appends to the publication log,
     * so its position, with the request's address, names one state of the answer.
     */
    private Response tagged(Supplier<byte[]> body, int status) {
        long sequence = reader.position().sequence();
        EntityTag tag = new EntityTag(Long.toHexString(sequence) + "-"
                + Integer.toHexString(uriInfo.getRequestUri().toString().hashCode()), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.status(status).entity(body.get()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag).header("Cache-Control", "no-cache").build();
    }

    private static Response guarded(Supplier<Response> answer) {
        try {
            return answer.get();
        } catch (PublicInputException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", e.status());
            error.put("message", e.getMessage());
            return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(error).build();
        }
    }

    private static LinkedKind kindOf(String plural) {
        return switch (plural) {
            case "decisions" -> LinkedKind.DECISION;
            case "officers" -> LinkedKind.OFFICER;
            case "items" -> LinkedKind.ITEM;
            case "agencies" -> LinkedKind.AGENCY;
            default -> LinkedKind.GUIDE;
        };
    }
}
