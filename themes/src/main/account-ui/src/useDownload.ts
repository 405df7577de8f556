import { useState } from "react";
import { saveFile, type DownloadedFile } from "./download";
import { toProblem, type Problem } from "./problem";

/**
 * Downloads a protected file (invoice PDF, consumption CSV, ticket attachment) and hands it to the browser; tells
 * which download runs (by the key the page gives it) and why the last one failed.
 */
export function useDownload() {
  const [downloading, setDownloading] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const download = async (key: string, fetchFile: () => Promise<DownloadedFile>) => {
    setDownloading(key);
    setProblem(undefined);
    try {
      saveFile(await fetchFile());
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setDownloading(undefined);
    }
  };
  return { downloading, problem, download };
}
