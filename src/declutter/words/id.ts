// Indonesian clutter words. Data, not code: normalized, sorted, no duplicates (tests/unit/words.test.ts).
import type { LanguageWords } from './types';

const words: LanguageWords = {
  adLabels: [
    "advertorial",
    "iklan",
    "konten bersponsor",
    "konten sponsor",
  ],
  readAlsoPrefixes: [
    "baca juga",
    "baca lainnya",
    "baca selengkapnya",
    "lihat juga",
    "simak juga",
  ],
  relatedHeadings: [
    "artikel terkait",
    "baca juga",
    "berita lainnya",
    "berita terkait",
    "rekomendasi",
  ],
  popularHeadings: [
    "berita terpopuler",
    "paling banyak dibaca",
    "terbaru",
    "terpopuler",
  ],
  shareLabels: [
    "bagikan",
    "bagikan artikel",
    "bagikan ke facebook",
    "bagikan ke twitter",
    "cetak",
    "facebook",
    "salin tautan",
    "simpan",
    "tautan disalin",
    "twitter",
    "whatsapp",
  ],
  newsletterPhrases: [
    "alamat email anda",
    "berlangganan",
    "berlangganan newsletter",
    "daftar sekarang",
    "newsletter",
  ],
  counterWords: [
    "dibaca",
    "kali dibaca",
    "komentar",
    "suka",
  ],
  timestampPrefixes: [
    "diperbarui",
    "dipublikasikan",
    "diterbitkan",
  ],
  creditPrefixes: [
    "foto",
    "gambar",
    "sumber foto",
  ],
  uiLabels: [
    "kembali ke atas",
    "lewati ke konten",
    "masuk",
    "memuat",
    "perbesar gambar",
    "tutup",
  ],
  bylinePrefixes: [
    "oleh",
  ],
  authorHeadings: [
    "tentang penulis",
  ],
  authorNotes: [
    "adalah editor",
    "adalah jurnalis",
    "adalah koresponden",
    "adalah redaktur",
    "adalah reporter",
    "adalah wartawan",
  ],
  copyrightPhrases: [
    "hak cipta dilindungi undang-undang",
  ],
  cookiePhrases: [
    "kami menggunakan cookie",
    "situs ini menggunakan cookie",
  ],
  tagPrefixes: [
    "kata kunci",
    "tag",
    "topik",
  ],
  followPhrases: [
    "ikuti kami",
  ],
  commentLabels: [
    "berikan komentar",
    "komentar",
    "tinggalkan komentar",
    "tulis komentar",
  ],
  commentNotices: [
    "anda harus masuk untuk",
    "komentar dimoderasi",
    "menemukan kesalahan ketik",
  ],
  issueOffers: [
    "edisi untuk",
  ],
};

export default words;
