"use client";

import { useEffect, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { TagsField } from "@/components/tags-field";
import { TextAreaField } from "@/components/text-area-field";
import type { UploadRefusal, UploadSuccess } from "@/lib/art/upload-form";
import { ACCEPTED_FORMATS_LABEL, MAX_UPLOAD_BYTES } from "@/lib/images/limits";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/validation/form-rules";

type Progress = { phase: "idle" } | { phase: "sending"; percent: number } | { phase: "processing" };

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";

/** Sends with XHR, the one browser API that reports upload progress; without JavaScript the form posts normally. */
function send(form: HTMLFormElement, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) });
      } catch {
        reject(new Error("unreadable answer"));
      }
    };
    request.onerror = () => reject(new Error("network"));
    request.send(new FormData(form));
  });
}

export function UploadForm({ initialRefusal }: { initialRefusal: UploadRefusal | null }) {
  const [refusal, setRefusal] = useState<UploadRefusal | null>(initialRefusal);
  const [preview, setPreview] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress>({ phase: "idle" });

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  function onFileChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPreview(file ? URL.createObjectURL(file) : null);
    const tooLarge = file && file.size > MAX_UPLOAD_BYTES;
    setRefusal(tooLarge ? { fieldErrors: { file: ["This file is larger than 25 MB."] } } : null);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (refusal?.fieldErrors.file && !refusal.values) return;
    setRefusal(null);
    setProgress({ phase: "sending", percent: 0 });
    try {
      const { status, body } = await send(form, (percent) =>
        setProgress(percent < 100 ? { phase: "sending", percent } : { phase: "processing" }),
      );
      if (status === 201) return window.location.assign((body as UploadSuccess).url);
      setRefusal(body as UploadRefusal);
    } catch {
      setRefusal({ message: "The upload was interrupted. Check your connection and try again.", fieldErrors: {} });
    }
    setProgress({ phase: "idle" });
  }

  const busy = progress.phase !== "idle";
  return (
    <form action="/api/artworks" method="post" encType="multipart/form-data" onSubmit={onSubmit}>
      <FormField
        label="Image"
        name="file"
        type="file"
        accept={ACCEPT}
        required
        onChange={onFileChange}
        hint={`${ACCEPTED_FORMATS_LABEL}, up to 25 MB.`}
        errors={refusal?.fieldErrors.file}
      />
      {preview && (
        // A local object URL of the chosen file: next/image cannot optimise it.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="upload-preview" src={preview} alt="Preview of the chosen image" />
      )}
      <FormField
        label="Title"
        name="title"
        required
        maxLength={TITLE_MAX}
        defaultValue={refusal?.values?.title}
        errors={refusal?.fieldErrors.title}
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        rows={4}
        maxLength={DESCRIPTION_MAX}
        defaultValue={refusal?.values?.description}
        errors={refusal?.fieldErrors.description}
      />
      <TagsField defaultValue={refusal?.values?.tags} errors={refusal?.fieldErrors.tags} />
      {busy && (
        <label>
          {progress.phase === "sending" ? `Uploading… ${progress.percent}%` : "Processing your image…"}
          <progress value={progress.phase === "sending" ? progress.percent : undefined} max={100} />
        </label>
      )}
      <FormMessage message={refusal?.message} status="error" />
      <button type="submit" disabled={busy} aria-busy={busy || undefined}>
        Upload artwork
      </button>
    </form>
  );
}
