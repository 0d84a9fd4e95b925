// Korean clutter words. Data, not code: normalized, sorted, no duplicates (tests/unit/words.test.ts).
import type { LanguageWords } from './types';

const words: LanguageWords = {
  adLabels: [
    "ad",
    "광고",
    "스폰서",
    "제휴 콘텐츠",
    "협찬",
    "후원",
  ],
  readAlsoPrefixes: [
    "같이 보기",
    "관련 기사",
    "관련기사",
    "더 보기",
    "더보기",
    "이 기사도 읽어보세요",
    "추천 기사",
    "함께 보기",
    "함께 보면 좋은 기사",
  ],
  relatedHeadings: [
    "같이 보면 좋은 뉴스",
    "관련 기사",
    "관련 뉴스",
    "관련기사",
    "많이 본 기사와 함께",
    "이 기사와 함께 보기",
    "추천 기사",
    "함께 보면 좋은 기사",
  ],
  popularHeadings: [
    "랭킹 뉴스",
    "많이 본 기사",
    "많이 본 뉴스",
    "실시간 인기",
    "인기 기사",
    "인기 뉴스",
    "최신 기사",
  ],
  shareLabels: [
    "facebook",
    "twitter",
    "url 복사",
    "공유",
    "공유하기",
    "댓글",
    "링크 복사",
    "스크랩",
    "인쇄",
    "카카오스토리",
    "카카오톡",
    "트위터",
    "페이스북",
  ],
  newsletterPhrases: [
    "구독",
    "구독하기",
    "뉴스레터",
    "뉴스레터 구독",
    "무료 구독",
    "이메일 주소",
  ],
  counterWords: [
    "공유",
    "댓글",
    "조회",
    "좋아요",
  ],
  timestampPrefixes: [
    "수정",
    "업데이트",
    "입력",
  ],
  creditPrefixes: [
    "사진",
    "이미지",
  ],
  uiLabels: [
    "닫기",
    "로그인",
    "로딩 중",
    "맨 위로",
    "본문 바로가기",
    "확대",
  ],
  bylinePrefixes: [
    "글",
    "기자",
  ],
  authorHeadings: [
    "저자 소개",
    "필자 소개",
  ],
  authorNotes: [
    "기자",
    "특파원",
  ],
  copyrightPhrases: [
    "무단 전재 및 재배포 금지",
    "무단전재 및 재배포 금지",
  ],
  cookiePhrases: [
    "당사는 쿠키를 사용합니다",
    "이 웹사이트는 쿠키를 사용합니다",
  ],
  tagPrefixes: [
    "관련 태그",
    "키워드",
    "태그",
  ],
  followPhrases: [
    "팔로우하세요",
    "페이스북 친구 맺기",
  ],
  commentLabels: [
    "댓글",
    "댓글 쓰기",
    "댓글을 남겨주세요",
  ],
  commentNotices: [
    "댓글 운영 원칙",
    "댓글은 로그인 후",
  ],
  issueOffers: [
    "호에",
  ],
};

export default words;
