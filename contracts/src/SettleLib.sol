// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {KappaHub} from "./KappaHub.sol";
import {KappaRules} from "./KappaRules.sol";
import {Records} from "./Records.sol";
import {Ledger, ReputationRegistry} from "./ReputationRegistry.sol";

/// @title SettleLib
/// @notice A chunk's settlement, in one place: its tally and finalize, a
/// reviewer's ruling on its disputes (resolve), and the settlement of
/// disputes nobody ruled on (settleExpired). Deployed once and linked like
/// CampaignLib: the hub calls it with DELEGATECALL, so it works on the hub's
/// storage, as the hub, with the caller's msg.sender.
/// @dev Why a library: EIP-170 caps the hub's code at 24,576 bytes, and seat
/// assignment (protocol v2 §2) needed room in the hub. Settlement runs once
/// per chunk (claims, commits and reveals, k per chunk, stay in the hub with
/// no extra call), so the DELEGATECALL and the copy of its arguments cost a
/// chunk a few thousand gas, tens per label (docs/GAS.md).
library SettleLib {
    /// @notice Finalize a chunk (see KappaHub.finalize); returns the stake
    /// it slashed, for the hub's burn total.
    function finalize(
        KappaHub.Campaign storage c,
        mapping(uint256 => bytes32) storage lanes,
        mapping(uint256 => uint256) storage taken,
        mapping(address => uint256) storage accounts,
        mapping(address => mapping(address => uint256)) storage reputations,
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec,
        uint256[] calldata labels,
        KappaHub.Gold calldata gold
    ) external returns (uint256 slashed) {
        Records.Tally memory t;
        t.k = c.k;
        uint256[] memory r = Records.load(lanes, lane, rec, t.k);
        uint256 head = r[0];
        t.chunkId = uint64(head);
        if (Records.chunkStatus(head) != Records.CHUNK_ACTIVE) revert KappaHub.AlreadyFinalized(t.chunkId);
        t.size = Records.size(head);
        t.bits = c.labelBits;
        t.words = Records.words(t.size, t.bits);
        {
            uint256 revealEnd = uint40(head >> 136);
            if (revealEnd == 0) revealEnd = Records.openedAt(head) + c.claimWindow + c.commitWindow;
            revealEnd += c.revealWindow;
            bool allRevealed = true;
            for (uint256 i = 0; i < t.k; i++) {
                if (Records.seatStatus(r[2 + 2 * i]) != Records.SEAT_REVEALED) allRevealed = false;
            }
            if (!allRevealed && block.timestamp <= revealEnd) revert KappaHub.FinalizeTooEarly(t.chunkId);
            bytes32 gc = bytes32(r[1]);
            if (gc != bytes32(0)) {
                if (gold.present) {
                    if (
                        gold.mask.length != t.words || gold.labels.length != t.words
                            || KappaRules.goldCommitment(gold.mask, gold.labels, gold.salt) != gc
                    ) revert KappaHub.GoldMismatch(t.chunkId);
                    t.gold = true;
                } else if (block.timestamp <= revealEnd + c.goldWindow) {
                    revert KappaHub.GoldRequired(t.chunkId);
                }
            }
        }
        Records.bindLabels(t, r, labels);
        uint256[] memory accepted = _tally(t, labels, gold, c.q, c.multiLabel ? (1 << c.numLabels) : c.numLabels, c.maxGoldMisses);
        if (t.gold) _checkGold(t, gold, c);
        // No eligible vote (nobody revealed, or every revealer failed gold)
        // and gold still secret: the chunk decided nothing, and goes back to
        // the pool below. With its gold revealed it could not be reopened
        // (the gold would be public): its tasks go to the reviewers instead,
        // as disputes, like any task without a quorum.
        bool noVote = !t.gold;
        for (uint256 i = 0; i < t.k; i++) {
            if (Records.seatStatus(r[2 + 2 * i]) == Records.SEAT_REVEALED && t.excluded & (1 << i) == 0) {
                noVote = false;
                break;
            }
        }

        // settle every seat: one account write each
        KappaHub.Tier memory tier = c.tiers[uint8(head >> 64)];
        address ledger = c.requester;
        int256 stake = int256(t.size * c.stake);
        uint256 paid;
        for (uint256 i = 0; i < t.k; i++) {
            uint256 s = r[2 + 2 * i];
            uint256 st = Records.seatStatus(s);
            if (st == Records.SEAT_EMPTY) continue;
            address a = address(uint160(s));
            if (st != Records.SEAT_REVEALED) {
                slashed += uint256(stake);
                Ledger.settle(
                    accounts,
                    reputations,
                    campaignId,
                    t.chunkId,
                    ledger,
                    a,
                    ReputationRegistry.Reason.NoReveal,
                    0,
                    0,
                    0,
                    -stake,
                    -int256(Ledger.NO_REVEAL_LOSS * t.size)
                );
                r[2 + 2 * i] = (s & ~(uint256(0xff) << 200)) | (Records.SEAT_EXCLUDED << 200);
            } else if (t.excluded & (1 << i) != 0) {
                uint256 misses = t.goldMisses[i];
                slashed += uint256(stake);
                Ledger.settle(
                    accounts,
                    reputations,
                    campaignId,
                    t.chunkId,
                    ledger,
                    a,
                    ReputationRegistry.Reason.GoldFailed,
                    0,
                    misses,
                    0,
                    -stake,
                    -int256(Ledger.GOLD_MISS_LOSS * misses)
                );
                r[2 + 2 * i] = (s & ~(uint256(0xff) << 200)) | (Records.SEAT_EXCLUDED << 200);
            } else {
                uint256 m = t.matched[i];
                uint256 pay = m * tier.reward;
                paid += pay;
                // Reputation moves only with ground truth: the gold tasks
                // (agreeing with a quorum pays, but a quorum may be the
                // agreeing parties themselves).
                uint256 gm = t.goldMisses[i];
                Ledger.settle(
                    accounts,
                    reputations,
                    campaignId,
                    t.chunkId,
                    ledger,
                    a,
                    ReputationRegistry.Reason.Consensus,
                    m,
                    t.missed[i],
                    pay,
                    stake,
                    int256((t.goldCount - gm) * Ledger.AGREE_GAIN) - int256(gm * Ledger.DISAGREE_LOSS)
                );
            }
        }

        uint256 perTask = t.k * tier.reward + c.reviewerFee;
        if (noVote) {
            // Nothing was paid (no seat was eligible): release the whole
            // reservation, free the lane and let the chunk be opened again,
            // so a chunk nobody labels never holds escrow or a lane for good.
            uint256 all = t.size * perTask;
            c.reserved -= uint128(all);
            c.unreserved += uint128(all);
            lanes[lane] = Records.FREE_LANE;
            taken[t.chunkId >> 8] &= ~(uint256(1) << (t.chunkId & 255));
            if (t.chunkId < c.nextChunk) c.nextChunk = uint32(t.chunkId);
            emit KappaHub.ChunkReleased(campaignId, t.chunkId, lane, all);
            return slashed;
        }

        // escrow: keep the reservation of disputed tasks, release the rest
        uint256 release = (t.size - Records.popcount(t.disputes)) * perTask;
        c.reserved -= uint128(release);
        c.unreserved += uint128(release - paid);

        if (t.disputes == 0) {
            lanes[lane] = Records.FREE_LANE;
        } else {
            r[0] = (head & ~(uint256(0xff) << 88) & ~(uint256(type(uint40).max) << 176)) | (Records.CHUNK_DISPUTED << 88)
                | (block.timestamp << 176);
            r[1] = t.disputes;
            Records.store(lanes, lane, r);
        }
        emit KappaHub.Finalized(campaignId, t.chunkId, lane, accepted, t.disputes, t.gold, release - paid);
    }

    /// @notice Resolve disputed tasks of a chunk (see KappaHub.resolve).
    function resolve(
        KappaHub.Campaign storage c,
        mapping(uint256 => bytes32) storage lanes,
        mapping(address => uint256) storage accounts,
        mapping(address => mapping(address => uint256)) storage reputations,
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec,
        uint256[] calldata labels,
        uint256 taskMask,
        uint256[] calldata finalLabels
    ) external {
        Records.Tally memory t;
        t.k = c.k;
        uint256[] memory r = Records.load(lanes, lane, rec, t.k);
        uint256 head = r[0];
        t.chunkId = uint64(head);
        if (Records.chunkStatus(head) != Records.CHUNK_DISPUTED || taskMask == 0 || taskMask & ~r[1] != 0) {
            revert KappaHub.NotDisputed(t.chunkId, taskMask);
        }
        {
            uint256 deadline = Records.finalizedAt(head) + uint256(c.disputeWindow);
            if (block.timestamp > deadline) revert KappaHub.DisputeExpired(t.chunkId, deadline);
        }
        for (uint256 i = 0; i < t.k; i++) {
            if (address(uint160(r[2 + 2 * i])) == msg.sender) revert KappaHub.ReviewerIsAnnotator(t.chunkId, msg.sender);
        }
        // The requester is never a reviewer of its own campaign, whatever
        // its reputation: its money is at stake in every ruling. Senior
        // reviewers rule first: the arbiter (unless senior itself) only
        // after the review window.
        if (msg.sender == c.requester) revert KappaHub.NotReviewer(t.chunkId, msg.sender);
        if (Ledger.reputation(reputations[c.reputationSource][msg.sender]) < c.seniorReputation) {
            if (msg.sender != c.arbiter) revert KappaHub.NotReviewer(t.chunkId, msg.sender);
            uint256 from = Records.finalizedAt(head) + uint256(c.reviewWindow);
            if (block.timestamp < from) revert KappaHub.ReviewersFirst(t.chunkId, from);
        }
        t.size = Records.size(head);
        t.bits = c.labelBits;
        t.words = Records.words(t.size, t.bits);
        if (finalLabels.length != t.words) revert KappaHub.WrongLabelCount(t.chunkId, finalLabels.length, t.words);
        Records.bindLabels(t, r, labels);

        uint256 lmask = (1 << t.bits) - 1;
        uint256 perWord = 256 / t.bits;
        uint256 limit = c.multiLabel ? (1 << c.numLabels) : c.numLabels;
        for (uint256 task = 0; task < t.size; task++) {
            if (taskMask & (1 << task) == 0) continue;
            uint256 w = task / perWord;
            uint256 shift = (task % perWord) * t.bits;
            uint256 v = (finalLabels[w] >> shift) & lmask;
            if (v >= limit) revert KappaHub.InvalidLabel(t.chunkId, task);
            for (uint256 i = 0; i < t.k; i++) {
                if (t.revealed & (1 << i) == 0) continue;
                if ((labels[t.base[i] + w] >> shift) & lmask == v) t.matched[i]++;
                else t.missed[i]++;
            }
        }

        KappaHub.Tier memory tier = c.tiers[Records.tier(head)];
        uint256 paid;
        for (uint256 i = 0; i < t.k; i++) {
            if (t.revealed & (1 << i) == 0) continue;
            uint256 m = t.matched[i];
            uint256 x = t.missed[i];
            uint256 pay = m * tier.reward;
            paid += pay;
            Ledger.settle(
                accounts,
                reputations,
                campaignId,
                t.chunkId,
                c.requester,
                address(uint160(r[2 + 2 * i])),
                ReputationRegistry.Reason.DisputeResolved,
                m,
                x,
                pay,
                0,
                int256(m * Ledger.AGREE_GAIN) - int256(x * Ledger.DISAGREE_LOSS)
            );
        }
        uint256 n = Records.popcount(taskMask);
        uint256 fee = n * c.reviewerFee;
        Ledger.settle(
            accounts, reputations, campaignId, t.chunkId, c.requester, msg.sender, ReputationRegistry.Reason.ReviewFee, n, 0, fee, 0, 0
        );

        uint256 release = n * (t.k * tier.reward + c.reviewerFee);
        c.reserved -= uint128(release);
        c.unreserved += uint128(release - paid - fee);

        uint256 remaining = r[1] & ~taskMask;
        if (remaining == 0) {
            lanes[lane] = Records.FREE_LANE;
        } else {
            r[1] = remaining;
            Records.store(lanes, lane, r);
        }
        emit KappaHub.Resolved(campaignId, t.chunkId, msg.sender, taskMask, finalLabels, fee, remaining);
    }

    /// @notice Settle a chunk's disputes nobody ruled on (see KappaHub.settleExpired).
    function settleExpired(
        KappaHub.Campaign storage c,
        mapping(uint256 => bytes32) storage lanes,
        mapping(address => uint256) storage accounts,
        mapping(address => mapping(address => uint256)) storage reputations,
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec
    ) external {
        uint256 k = c.k;
        uint256[] memory r = Records.load(lanes, lane, rec, k);
        uint256 head = r[0];
        uint256 chunkId = uint64(head);
        uint256 mask = r[1];
        if (Records.chunkStatus(head) != Records.CHUNK_DISPUTED) revert KappaHub.NotDisputed(chunkId, 0);
        uint256 deadline = Records.finalizedAt(head) + uint256(c.disputeWindow);
        if (block.timestamp <= deadline) revert KappaHub.DisputeWindowOpen(chunkId, deadline);
        uint256 n = Records.popcount(mask);
        KappaHub.Tier memory tier = c.tiers[Records.tier(head)];
        uint256 paid;
        for (uint256 i = 0; i < k; i++) {
            uint256 s = r[2 + 2 * i];
            if (Records.seatStatus(s) != Records.SEAT_REVEALED) continue; // finalize marked the others excluded
            uint256 pay = n * tier.reward;
            paid += pay;
            Ledger.settle(
                accounts,
                reputations,
                campaignId,
                chunkId,
                c.requester,
                address(uint160(s)),
                ReputationRegistry.Reason.DisputeExpired,
                n,
                0,
                pay,
                0,
                0
            );
        }
        uint256 release = n * (k * tier.reward + c.reviewerFee);
        c.reserved -= uint128(release);
        c.unreserved += uint128(release - paid);
        lanes[lane] = Records.FREE_LANE;
        emit KappaHub.DisputesExpired(campaignId, chunkId, lane, mask, paid);
    }

    /// @dev Revealed gold must hold at most maxGold tasks and, for a single
    /// label schema, cover min(gold tasks, numLabels) distinct answers, so
    /// that no fixed answer passes two gold tasks (a requester's false gold
    /// on every task, or gold all of one class, is refused; the chunk then
    /// finalizes without gold after the gold window, by quorum). Distinct
    /// answers are counted modulo 256 (a 256-bit set), which can only
    /// undercount: a requester with more than 256 classes picks gold whose
    /// classes differ modulo 256.
    function _checkGold(Records.Tally memory t, KappaHub.Gold calldata gold, KappaHub.Campaign storage c) private view {
        if (t.goldCount > c.maxGold) revert KappaHub.TooMuchGold(t.chunkId, t.goldCount, c.maxGold);
        if (c.multiLabel || t.goldCount < 2) return;
        uint256 b = t.bits;
        uint256 field = (1 << b) - 1;
        uint256 perWord = 256 / b;
        uint256 seen;
        for (uint256 w = 0; w < t.words; w++) {
            uint256 g = gold.mask[w];
            if (g == 0) continue;
            uint256 gl = gold.labels[w];
            for (uint256 f = 0; f < perWord && w * perWord + f < t.size; f++) {
                if ((g >> (f * b)) & 1 != 0) seen |= 1 << (((gl >> (f * b)) & field) & 255);
            }
        }
        uint256 distinct = Records.popcount(seen);
        uint256 required = t.goldCount < c.numLabels ? t.goldCount : c.numLabels;
        if (distinct < required) revert KappaHub.GoldNotStratified(t.chunkId, distinct, required);
    }

    /// @dev The tally, word-parallel (SWAR): every label field of a word is
    /// compared at once. A "low mask" has the lowest bit of each selected
    /// field set. Gold tasks take the gold answer; other tasks take the valid
    /// value at least q eligible seats gave (unique since 2q > k). Seats that
    /// miss more than maxGoldMisses gold tasks are excluded from the vote.
    function _tally(
        Records.Tally memory t,
        uint256[] calldata labels,
        KappaHub.Gold calldata gold,
        uint256 q,
        uint256 limit,
        uint256 maxGoldMisses
    ) private pure returns (uint256[] memory accepted) {
        accepted = new uint256[](t.words);
        uint256 b = t.bits;
        uint256 k = t.k;
        uint256 field = (1 << b) - 1;
        uint256 low = type(uint256).max / field; // 1 in the lowest bit of every field
        if (t.gold) {
            for (uint256 w = 0; w < t.words; w++) {
                uint256 lowW = _lowMask(low, b, t.size, w);
                uint256 g = gold.mask[w] & lowW;
                if (g == 0) continue;
                t.goldCount += Records.popcount(g);
                uint256 gl = gold.labels[w];
                for (uint256 i = 0; i < k; i++) {
                    if (t.revealed & (1 << i) == 0) continue;
                    uint256 miss = g & ~_eqLow(labels[t.base[i] + w], gl, b, low);
                    t.goldMisses[i] += Records.popcount(miss);
                }
            }
            for (uint256 i = 0; i < k; i++) {
                if (t.goldMisses[i] > maxGoldMisses) t.excluded |= 1 << i;
            }
        }
        uint256 eligible = t.revealed & ~t.excluded;
        // 8 = Records.MAX_K (a literal: array lengths cannot name a library constant)
        uint256[8] memory base = t.base;
        uint256[8] memory matched = t.matched;
        uint256[8] memory missed = t.missed;
        uint256[] calldata gm = gold.mask;
        uint256[] calldata gls = gold.labels;
        bool goldOn = t.gold;
        uint256 size = t.size;
        uint256 words = t.words;
        uint256 disputes = t.disputes;
        // The word loop in Yul: this is the hot path of finalize, and the
        // Solidity version spent most of its gas on array bounds checks and
        // memory bookkeeping. Semantics are exactly those of protocol.Tally
        // (cross-checked by TestInvariants on every finalize).
        assembly ("memory-safe") {
            function popcnt(x) -> n {
                let m1 := div(not(0), 3)
                let m2 := div(not(0), 5)
                let m4 := div(not(0), 17)
                let m8 := div(not(0), 257)
                x := sub(x, and(shr(1, x), m1))
                x := add(and(x, m2), and(shr(2, x), m2))
                x := and(add(x, shr(4, x)), m4)
                x := and(add(x, shr(8, x)), m8)
                n := shr(240, mul(x, div(not(0), 65535)))
            }
            function eqLow(x, y, bw, lo) -> e {
                let z := xor(x, y)
                if gt(bw, 1) { z := or(z, shr(1, z)) }
                if gt(bw, 2) { z := or(z, shr(2, z)) }
                if gt(bw, 4) { z := or(z, shr(4, z)) }
                if gt(bw, 8) { z := or(z, shr(8, z)) }
                if gt(bw, 16) { z := or(z, shr(16, z)) }
                e := and(not(z), lo)
            }
            function atLeast(c0, c1, c2, n) -> r {
                switch n
                case 0 { r := not(0) }
                case 1 { r := or(c0, or(c1, c2)) }
                case 2 { r := or(c1, c2) }
                case 3 { r := or(c2, and(c1, c0)) }
                case 4 { r := c2 }
                case 5 { r := and(c2, or(c1, c0)) }
                case 6 { r := and(c2, c1) }
                default { r := and(c2, and(c1, c0)) }
            }
            let perWord := div(256, b)
            let need := sub(q, 1)
            // for the valid-range test: even and odd fields apart, so that each
            // sum carries into a free field: v >= limit iff v + 2^b - limit carries
            let allValid := iszero(iszero(shr(b, limit)))
            let lowEven := div(not(0), sub(shl(mul(2, b), 1), 1))
            let evenFull := mul(lowEven, field)
            let addC := mul(lowEven, sub(shl(b, 1), limit))
            let scratch := mload(0x40) // temporary: lw, valid, c0, c1, c2 (8 words each)
            for { let w := 0 } lt(w, words) { w := add(w, 1) } {
                let lowW := low
                {
                    let first := mul(w, perWord)
                    if lt(size, add(first, perWord)) { lowW := and(low, sub(shl(mul(sub(size, first), b), 1), 1)) }
                }
                let g := 0
                let gl := 0
                if goldOn {
                    g := and(calldataload(add(gm.offset, mul(w, 32))), lowW)
                    gl := calldataload(add(gls.offset, mul(w, 32)))
                }
                let ng := and(lowW, not(g))
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    let o := add(scratch, mul(i, 32))
                    mstore(add(o, 0x200), 0)
                    mstore(add(o, 0x300), 0)
                    mstore(add(o, 0x400), 0)
                    if and(eligible, shl(i, 1)) {
                        let x := calldataload(add(labels.offset, mul(add(mload(add(base, mul(i, 32))), w), 32)))
                        mstore(o, x)
                        let v := lowW
                        if iszero(allValid) {
                            let geE := and(shr(b, add(and(x, evenFull), addC)), lowEven)
                            let geO := and(shr(b, add(and(shr(b, x), evenFull), addC)), lowEven)
                            v := and(lowW, not(or(geE, shl(b, geO))))
                        }
                        mstore(add(o, 0x100), v)
                    }
                }
                // each pair of eligible seats compared once; bit-sliced counters
                // (c2 c1 c0) count, per field, the other seats agreeing
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    if and(eligible, shl(i, 1)) {
                        let oi := add(scratch, mul(i, 32))
                        for { let j := add(i, 1) } lt(j, k) { j := add(j, 1) } {
                            if and(eligible, shl(j, 1)) {
                                let oj := add(scratch, mul(j, 32))
                                let e := eqLow(mload(oi), mload(oj), b, low)
                                for { let n := 0 } lt(n, 2) { n := add(n, 1) } {
                                    let o := oi
                                    if n { o := oj }
                                    let c0 := mload(add(o, 0x200))
                                    let c1 := mload(add(o, 0x300))
                                    let carry := and(c0, e)
                                    mstore(add(o, 0x200), xor(c0, e))
                                    mstore(add(o, 0x400), or(mload(add(o, 0x400)), and(c1, carry)))
                                    mstore(add(o, 0x300), xor(c1, carry))
                                }
                            }
                        }
                    }
                }
                let acceptedLow := 0
                let acc := and(gl, mul(g, field))
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    if and(eligible, shl(i, 1)) {
                        let o := add(scratch, mul(i, 32))
                        let mi := and(and(atLeast(mload(add(o, 0x200)), mload(add(o, 0x300)), mload(add(o, 0x400)), need), mload(add(o, 0x100))), ng)
                        mstore(add(o, 0x200), mi) // reuse: seat i's quorum fields
                        acceptedLow := or(acceptedLow, mi)
                        acc := or(acc, and(mload(o), mul(mi, field)))
                    }
                }
                mstore(add(add(accepted, 32), mul(w, 32)), acc)
                let decided := or(acceptedLow, g)
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    if and(eligible, shl(i, 1)) {
                        let o := add(scratch, mul(i, 32))
                        let hit := mload(add(o, 0x200))
                        if g { hit := or(hit, and(g, eqLow(mload(o), gl, b, low))) }
                        let mp := add(matched, mul(i, 32))
                        mstore(mp, add(mload(mp), popcnt(hit)))
                        let xp := add(missed, mul(i, 32))
                        mstore(xp, add(mload(xp), popcnt(and(decided, not(hit)))))
                    }
                }
                let open := and(ng, not(acceptedLow))
                if open {
                    // rare path: turn the field mask into task bits
                    for { let j := 0 } lt(j, perWord) { j := add(j, 1) } {
                        if and(open, shl(mul(j, b), 1)) { disputes := or(disputes, shl(add(mul(w, perWord), j), 1)) }
                    }
                }
            }
        }
        t.disputes = disputes;
    }

    /// @dev Low mask of the fields of word w that hold tasks of the chunk.
    function _lowMask(uint256 low, uint256 b, uint256 size, uint256 w) private pure returns (uint256) {
        uint256 perWord = 256 / b;
        uint256 first = w * perWord;
        if (size >= first + perWord) return low;
        return low & ((1 << ((size - first) * b)) - 1);
    }

    /// @dev Low mask of the fields where x and y are equal: OR-fold each
    /// field's bits of x ^ y into its lowest bit.
    function _eqLow(uint256 x, uint256 y, uint256 b, uint256 low) private pure returns (uint256) {
        uint256 z = x ^ y;
        if (b > 1) z |= z >> 1;
        if (b > 2) z |= z >> 2;
        if (b > 4) z |= z >> 4;
        if (b > 8) z |= z >> 8;
        if (b > 16) z |= z >> 16;
        return ~z & low;
    }
}
