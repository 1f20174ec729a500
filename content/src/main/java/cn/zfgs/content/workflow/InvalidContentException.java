package cn.zfgs.content.workflow;

import cn.zfgs.content.editorial.WorkflowException;

import java.util.List;
import java.util.stream.Collectors;

/** 内容校验未通过 — content that may not be saved, with every field error, so a form can show each beside its field. */
public class InvalidContentException extends WorkflowException {

    private final List<FieldError> errors;

    public InvalidContentException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
