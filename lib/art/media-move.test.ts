import { mediaMoveCases } from "@/lib/art/media-move-cases";

mediaMoveCases();
