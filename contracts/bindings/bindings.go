// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// KappaHubCampaignInfo is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignInfo struct {
	Requester        common.Address
	Arbiter          common.Address
	ManifestRoot     [32]byte
	SchemaCid        string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	Lanes            uint16
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Unreserved       *big.Int
	Reserved         *big.Int
	Closed           bool
	CloseTime        *big.Int
}

// KappaHubCampaignParams is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignParams struct {
	Arbiter          common.Address
	ManifestRoot     [32]byte
	SchemaCid        string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	Lanes            uint16
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Deposit          *big.Int
}

// KappaHubChunkLeaf is an auto generated low-level Go binding around an user-defined struct.
type KappaHubChunkLeaf struct {
	ChunkId        uint64
	Tier           uint8
	Size           uint16
	TasksRoot      [32]byte
	GoldCommitment [32]byte
}

// KappaHubGold is an auto generated low-level Go binding around an user-defined struct.
type KappaHubGold struct {
	Present bool
	Mask    []*big.Int
	Labels  []*big.Int
	Salt    [32]byte
}

// KappaHubTier is an auto generated low-level Go binding around an user-defined struct.
type KappaHubTier struct {
	Reward        *big.Int
	MinReputation uint32
}

// KappaHubMetaData contains all meta data concerning the KappaHub contract.
var KappaHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"name\":\"CampaignNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ChunkTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"EmptyCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"FinalizeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnreserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"InvalidLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"InvalidSeat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"LabelsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"LaneBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"}],\"name\":\"NotDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotReviewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotSeatHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ReputationTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReviewerIsAnnotator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"SeatTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"StaleRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"UnknownCampaign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"UnknownLane\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongLabelCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"}],\"name\":\"CampaignCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CampaignReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tier\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"openedAt\",\"type\":\"uint256\"}],\"name\":\"ChunkOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimedAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealAt\",\"type\":\"uint256\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"accepted\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"disputeMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"goldRevealed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingDisputes\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumReputationRegistry.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"matched\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"repDelta\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGREE_GAIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISAGREE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOLD_MISS_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LAPSE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_REVEAL_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"START_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tasksPaid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"campaignCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"campaignInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"chunkLeafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"chunkTaken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createCampaign\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"schemaCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createCampaignWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"creditedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bool\",\"name\":\"present\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"mask\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.Gold\",\"name\":\"gold\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"mask\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"goldCommitmentFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"laneHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"laneHashes\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"finalLabels\",\"type\":\"uint256[]\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawUnreserved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f66bb8764734ff24f7bfa856f4957fe692",
	Bin: "0x60a0346100c157601f615a9038819003918201601f19168301916001600160401b038311848410176100c5578084926020946040528339810103126100c157516001600160a01b0381168082036100c15715610093576080526040516159b690816100da823960805181818161029e01528181611c400152818161368801528181614308015281816143ac01526147970152f35b6040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6103006040526004361015610012575f80fd5b5f3560e01c80630a800d5b146137845780630c0c2ec51461373157806324556f92146136f857806328ed4f6c1461358c57806329e9cb4c146135715780632d2a8d9c146135365780633b62de1a146134d55780633ccfd60b146134b45780634fb18d17146134995780634fd30481146130815780637274e30d1461306457806372b0d90c1461303b5780637642ff6814612f99578063766c5f2514612f7e57806377a8be3a14612f4f57806378ab64d814611d7c5780637dc701a314611d615780638086b8ba14611cef5780638644059914611caf5780638f9da7b514611b755780639aa2aac314611ae45780639c2a0e7b14611a545780639c71ddb8146119a3578063a65e2cfd14611955578063bb2238ec146113b9578063cc59c36d14610a80578063cd33009f14610774578063d213c0f214610757578063d5f70cb01461031c578063db89c044146102dd578063e700f219146102c2578063fc0c546a1461027f578063fd361ccb146101af5763fec1ea5014610190575f80fd5b346101ab575f3660031901126101ab57602060405160038152f35b5f80fd5b346101ab5760203660031901126101ab5760043561ffff6101cf826146ee565b5460381c16906101f76101e183613ebd565b926101ef6040519485613df9565b808452613ebd565b602083019190601f19013683375f5b835181101561023a57600190825f52600360205260405f20815f5260205260405f20546102338287613f24565b5201610206565b505090604051918291602083019060208452518091526040830191905f5b818110610266575050500390f35b8251845285945060209384019390920191600101610258565b346101ab575f3660031901126101ab5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101ab575f3660031901126101ab57602060405160058152f35b346101ab5760203660031901126101ab576001600160a01b036102fe613d5d565b165f525f602052602061031460405f205461581a565b604051908152f35b346101ab5760803660031901126101ab5760243560043560443567ffffffffffffffff81116101ab57610353903690600401613d00565b91909260643593610363836141ef565b61037781549260ff84169687918688614804565b9161038183613f07565b5167ffffffffffffffff811696600160ff8360581c160361072b576103b963ffffffff8460581c1664ffffffffff8460601c16613e83565b421161072b5780891015610714575f5b81811061068a5750508760011b926001600160ff1b03891689036104dc578360020192836002116104dc576103fe8487613f24565b519060ff8260c81c16806104f0575b50505061042c63ffffffff91600760ff6104389560401c169101613e36565b505460801c1687614234565b334260a01b17600160c81b179061044f9084613f24565b5260030191826003116104dc576104b6825f61048f7f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f966104d796613f24565b528286916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b60405191829133974291846040919493926060820195825260208201520152565b0390a4005b634e487b7160e01b5f52601160045260245ffd5b60011490811591610662575b50610632576001600160a01b031691825f525f60205260405f2054916105218361581a565b60091980820193915f138015918512918216911516176104dc575f831261062a575b620f4240831361061f575b6001600160801b038416906001600160801b03821161060c5760018401908185116104dc57868d8d7fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c061042c9960ff9760079967ffffffffffffffff60a01b6104389f63ffffffff9f6001600160a01b03199083925f525f6020521616169160801b171760405f205560405190600382525f60208301525f60408301525f6060830152600919608083015260a0820152a495505081935061040d565b8563b323377560e01b5f5260045260245ffd5b620f4240925061054e565b5f9250610543565b89897f2c37e101000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b610681915063ffffffff9060781c1664ffffffffff8360a01c16613e83565b4211158b6104fc565b6001600160ff1b03811681036104dc578060011b600201806002116104dc576106b39087613f24565b51336001600160a01b038216149081610704575b506106d4576001016103c9565b887fa9214540000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b60ff915060c81c1615158b6106c7565b8888634ab40a2760e01b5f5260045260245260445ffd5b877f8fb6d687000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101ab575f3660031901126101ab576020604051620f42408152f35b346101ab5760a03660031901126101ab5760243560043560443567ffffffffffffffff81116101ab576107ab903690600401613d00565b60649291923593608435906107d26107c2856141ef565b549560ff87169485918488614804565b906107dc82613f07565b5167ffffffffffffffff81169685891015610714578860011b906001600160ff1b038a168a036104dc578160020190816002116104dc5761081d8287613f24565b5190336001600160a01b03831614801590610a72575b610a4257600160ff8360c81c1614801590610a31575b610a015763ffffffff61086a9160781c1664ffffffffff8360a01c16613e83565b42116109d15786156109a55779020000000000000000000000000000000000000000000000000060ff60c81b196108a49216179186613f24565b52600301806003116104dc576108bb859185613f24565b525f945f5f5b828110610951575014610932575b50906108fa9185916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b604051948552602085015260408401527f073e8a9a495f5bf2c69b18545812af384191dd3a0fdb51376e6ed0c90f86571560603394a4005b9350906108fa9142944260881b1761094983613f07565b5290916108cf565b6001600160ff1b03811681036104dc578060011b600201806002116104dc5760ff61097e60029289613f24565b5160c81c1614610991575b6001016108c1565b9061099d6001916141e1565b919050610989565b897f85f40d2c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b8a8a7f257c973f000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8b8b7fddcc733d000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50600160ff8660581c161415610849565b8b8b7f5e5625fd000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060ff8260c81c1615610833565b346101ab5760c03660031901126101ab5760443567ffffffffffffffff81116101ab57610ab1903690600401613d00565b9060643567ffffffffffffffff81116101ab57610ad2903690600401613d00565b60a43567ffffffffffffffff81116101ab57610af2903690600401613d00565b929094610b006004356141ef565b93610b23610b0c614022565b9686549360ff851691828a52602435600435614804565b94610b2d86613f07565b519367ffffffffffffffff85166020890152600260ff8660581c16148015906113af575b8015611398575b611362575f5b8851811015610bdc576001600160ff1b03811681036104dc578060011b600201806002116104dc576001600160a01b03610b9933928b613f24565b511614610ba857600101610b5e565b60208901517ff5d8da56000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b50889795979694966001600160a01b036002840154163314158061133f575b61130b57610c2361ffff8960481c168060408a015260ff8760101c16908160608b01526148c2565b8060808901528085036112ed5750610c3d8983888a6155c2565b600160608801511b92835f198101116104dc576060880151958615610ddc5760ff8160281c165f146112d95761ffff60019160181c161b989096919495985b5f995b60408a01518b1015610dff5760018b1b6084351615610df057610ca681610100048c6141c7565b97816101000415610ddc57610cc660608c01518d84610100049006613e70565b975f198801610cd68b84846141d1565b358a1c169a848c1015610da8575f8f8e5b51821015610d8a57908e8e8e8e8e8e60019760a087015189891b1615610d7e57610d27610d2d935f190195610d218a6101208b015161411a565b51613e83565b916141d1565b35901c1603610d62576101400151610d5882610d52610d4c828561411a565b516141e1565b9261411a565b525b018f8e610ce7565b6101600151610d7882610d52610d4c828561411a565b52610d5a565b50505050505050610d5a565b5050949c9198509492995060019198505b0199919790929596610c7f565b8d60208e01517fe813d6e0000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b634e487b7160e01b5f52601260045260245ffd5b96959290979199600190610d9b565b868989868d610e20610e1a60ff8a60401c1660078701613e36565b50613e45565b925f955f965b83518810156110205760a08401516001891b161561101757610e4d8861014086015161411a565b5197610e5e8161016087015161411a565b51610e7d610e766001600160801b038a51168c613e70565b8094613e83565b996020870151906001600160ff1b03841684036104dc578360011b6002016002116104dc576001600160a01b03610eba8560011b6002018b613f24565b511692818004600114821517156104dc578060011b818104600214821517156104dc57610ee7908361412b565b845f525f60205260405f205496610efd8861581a565b92828401935f84861291129080158216911516176104dc575f841261100f575b620f42408413611004575b610f3b826001600160801b038b16613e83565b986001600160801b038a11610ff15760a01c67ffffffffffffffff169882610fe0575b60018501908186116104dc5767ffffffffffffffff60a01b60019b8a5f525f60205260a01b169160801b171760405f20556040519460048652602086015260408501526060840152608083015260a08201527fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a45b0196610e26565b9885610feb91613e83565b98610f5e565b8763b323377560e01b5f5260045260245ffd5b620f42409350610f28565b5f9350610f1d565b96600190610fd9565b9196509491611030608435615731565b926110486001600160801b0360048301541685613e70565b95602083015190335f525f60205260405f2054956110658761581a565b5f81129290831584166104dc57926112d1575b620f424083136112c6575b6110968a6001600160801b038a16613e83565b976001600160801b0389116112b35760a01c67ffffffffffffffff16828b6112a4575b506001840184116104dc576111c0602098600361118a6001600160801b0398968f958b61122e9f60048f6111c59b8f6111cf9f92819f8e9061117a95849867ffffffffffffffff60a01b6111849c335f5260205f905260a01b16906001830160801b171760405f2055604051926005845260208d908501525f604085015260608401525f608084015260a083015233917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c0893592a45191511690613e70565b9201541690613e83565b90613e70565b9801976111c06111a08783168b5460801c61416f565b8a546001600160801b031660809190911b6001600160801b031916178a55565b613e90565b1682845416613e9d565b166001600160801b03198254161790556111e884613f14565b516084351916938461126657506004355f526003825260405f206024355f528252600160405f20555b015193604051956084358752608060208801526080870191613fc5565b91604085015260608401527fc6646887e1895dd736df424077e04a48748bbf8f75061f8b82988d768d2437df339380600435930390a4005b808561127461129f93613f14565b52602435600435916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b611211565b6112ad91613e83565b826110b9565b63b323377560e01b5f523360045260245ffd5b620f42409250611083565b5f9250611078565b61ffff9060181c1698909691949598610c7c565b846020890151635e52baa360e11b5f5260045260245260445260645ffd5b60208701517f87de1844000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b50335f525f60205261135460405f205461581a565b600184015460e01c11610bfb565b60208801517fb0713911000000000000000000000000000000000000000000000000000000005f5260045260843560245260445ffd5b506113a287613f14565b5119608435161515610b58565b5060843515610b51565b346101ab5760203660031901126101ab57604051610300810181811067ffffffffffffffff821117611941576040525f81525f60208201525f60408201526060808201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f61024082015260606102608201525f6102808201525f6102a08201525f6102c08201525f6102e08201526114916004356146ee565b60018101546001600160a01b03811683526001600160a01b036002830154166020840152600582015460408401526006820160405190815f8254926114d58461418f565b808452936001811690811561191f57506001146118db575b506114fa92500382613df9565b606084015281549060ff8216608085015260ff8260081c1660a085015260ff8260101c1660c085015261ffff8260181c1660e085015260ff8260281c16151561010085015260ff8260301c1661012085015261ffff8260381c1661014085015263ffffffff8260581c1661016085015263ffffffff8260781c1661018085015263ffffffff8260981c166101a085015263ffffffff8160a01c166101c085015263ffffffff8160c01c166101e085015267ffffffffffffffff8260b81c1661020085015260e01c6102208401526001600160801b036004830154166102408401526115ea60ff8260481c16613ebd565b6115f76040519182613df9565b604882901c60ff16808252601f199061160f90613ebd565b015f5b8181106118b85750506102608401525f5b60ff8260481c16811061187d575060038201546001600160801b03811661028085015260801c6102a084015260501c60ff1615156102c0830152611666906145ef565b6102e0820152604051602081526001600160a01b0382511660208201526001600160a01b036020830151166040820152604082015160608201526020606083015161030060808401528051918291826103208601520161034084015e5f610340828401015260ff60808401511660a083015260ff60a08401511660c083015260ff60c08401511660e083015261ffff60e084015116610100830152610100830151151561012083015260ff6101208401511661014083015261ffff6101408401511661016083015263ffffffff6101608401511661018083015263ffffffff610180840151166101a083015263ffffffff6101a0840151166101c083015263ffffffff6101c0840151166101e083015263ffffffff6101e08401511661020083015267ffffffffffffffff6102008401511661022083015263ffffffff610220840151166102408301526001600160801b036102408401511661026083015261026083015190601f1961034084601f19601f8501168101030101610280840152602061036083519283610340601f19601f84011688010152601f80199101168501019201905f5b81811061184c575050506102e083610280849501516102a08501526102a08101516102c08501526102c081015115158285015201516103008301520390f35b825180516001600160801b0316855260209081015163ffffffff16818601526040909401939092019160010161180d565b806118b18161189160019460078801613e36565b506118a161026089015191613e45565b6118ab8383613f24565b52613f24565b5001611623565b6020906040516118c781613ddd565b5f81525f8382015282828601015201611612565b90505f9291925260205f20905f915b8183106119035750509060206114fa92820101876114ed565b60209193508060019154838588010152019101909183926118ea565b9050602092506114fa94915060ff191682840152151560051b820101876114ed565b634e487b7160e01b5f52604160045260245ffd5b346101ab5761197e61196636613d31565b9061196f614286565b611978816141ef565b5061439d565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101ab5760a03660031901126101ab5760043567ffffffffffffffff811681036101ab576024359060ff821682036101ab5760443561ffff811681036101ab576040805167ffffffffffffffff909316602084810191825260ff9095169184019190915261ffff9091166060830152606435608083015260843560a0830152611a4691611a3e8160c081015b03601f198101835282613df9565b519020613e1b565b818151910120604051908152f35b346101ab5760603660031901126101ab5760043567ffffffffffffffff81116101ab57611a85903690600401613d00565b60243567ffffffffffffffff81116101ab57611ad960208094611ac9611ab2611ac3953690600401613d00565b604051968794868601998a91613f38565b91613f38565b6044358152038084520182613df9565b519020604051908152f35b346101ab5760203660031901126101ab5760043567ffffffffffffffff81116101ab5761028060031982360301126101ab57602090611b21614286565b610264611b308260040161498f565b91013580611b65575b505f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b611b6f908261439d565b82611b39565b346101ab5760603660031901126101ab57600435602435611b94613d47565b611b9c614286565b611ba5836141ef565b6001600160a01b036001820154163303611c9857600301926001600160801b0384541693848411611c64578385611c02926001600160801b0380611bec8561197e9b613e90565b16166001600160801b0319825416179055613e90565b906040519184835260208301527f305562e9ab693717ce09b35c4baa6c4bd39d3ea9a791c79319dbb833b5e8df3160406001600160a01b03851693a37f0000000000000000000000000000000000000000000000000000000000000000614657565b5090507f53b4ba34000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b836358ea1a2760e01b5f526004523360245260445ffd5b346101ab5760203660031901126101ab576001600160a01b03611cd0613d5d565b165f525f60205260206001600160801b0360405f205416604051908152f35b346101ab5760203660031901126101ab576001600160a01b03611d10613d5d565b165f525f60205260405f2054611d258161581a565b611d5d6040519283926001600160801b0367ffffffffffffffff8360a01c169216846040919493926060820195825260208201520152565b0390f35b346101ab575f3660031901126101ab576020604051600a8152f35b346101ab5760a03660031901126101ab5760443567ffffffffffffffff81116101ab57611dad903690600401613d00565b9060643567ffffffffffffffff81116101ab57611dce903690600401613d00565b610200526102205267ffffffffffffffff608435116101ab576080608435360360031901126101ab57611e3691611e066004356141ef565b60e052611e11614022565b6102805260e051546101a05260ff6101a0511691826102805152602435600435614804565b61010052611e4661010051613f07565b516101405267ffffffffffffffff6101405116806020610280510152600160ff6101405160581c1603612f2457611ea361ffff6101405160481c1680604061028051015260ff6101a05160101c16908160606102805101526148c2565b608061028051015264ffffffffff6101405160881c168015612ee0575b611ed79063ffffffff6101a05160981c1690613e83565b6001905f5b6102805151811015611f33576001600160ff1b03811681036104dc578060011b600201806002116104dc5760ff611f1860039261010051613f24565b5160c81c1603611f2b575b600101611edc565b5f9250611f23565b50901580612ed6575b612ea357611f4c61010051613f14565b519081612d48575b5050611f6e610200516102205161010051610280516155c2565b5f610180526101a05160281c60ff1615612d3457600161ffff6101a05160181c161b610180525b611fa56080610280510151613ed5565b6102c05261028051606081015161026081905290516102a0526001901b6102408190525f198101116104dc57610240515f190115610ddc576101006101c0819052604051610120819052611ff99190613df9565b6101c051610120513690376101c0516040516101e081905261201b9190613df9565b6101c0516101e05136903760e0610280510151612bc6575b60a061028051015160c06102805101511916610160526102605115610ddc575f60c0525b608061028051015160c05110156124395761208960c0516040610280510151610260515f1961024051015f190461583c565b60a0526102805160e0015115612433576120bf6120b06024608435016084356004016140e4565b919060a0519260c051916141d1565b35165b6102805160e001511561242c576120ef6120e66044608435016084356004016140e4565b60c051916141d1565b35905b5f5b6102a05181106123a057506101c0516040515f939184906121159083613df9565b6101c0513683375f5b6102a051811061228b57505f196102405101840283161761214460c0516102c051613f24565b525f5b6102a05181106121ee575050508119811960a0511616612172575b5050600160c0510160c052612057565b5f6080525b610260516101c05104608051101561216257600161219a61026051608051613e70565b1b8219821960a0511616166121b8575b600160805101608052612177565b60016121d96080516121d4610260516101c0510460c051613e70565b613e83565b1b6101c05161028051019081511790526121aa565b80600180921b6101605116156122865761226361220b828561411a565b516122315f1961024051015f1904610260518861222b876101205161411a565b5161588a565b87161761223d81615731565b61225884610d5261014061028051015193610d21838661411a565b521986881716615731565b61227e82610d5261016061028051015193610d21838661411a565b525b01612147565b612280565b906001821b610160511615612397575f908180805b6102a051811061232057506101a05160081c60ff165f198101116104dc576001936122d8925f1960ff6101a05160081c160192615941565b861960a05116906122ec856101e05161411a565b5116168097816122fc868861411a565b52179661230c846101205161411a565b51905f196102405101021617915b0161211e565b93918585148015612387575b61237d57600190612368612343886101205161411a565b515f1961024051015f19049061026051906123618a6101205161411a565b519061588a565b80841693189280821691189317945b016122a0565b9193600190612377565b506001851b61016051161561232c565b9060019061231a565b80600180921b610160511615612427576123d86123cb60c051610d218461012061028051015161411a565b61020051610220516141d1565b356123e6826101205161411a565b526124125f1961024051015f190460a051610180516102605161240c866101205161411a565b516158ae565b61241f826101e05161411a565b525b016120f4565b612421565b5f906120f2565b5f6120c2565b612454610e1a60ff6101405160401c16600760e05101613e36565b5f5f5b61028051518110156129a2576001600160ff1b03811681141590816104dc578060011b600201600211806104dc576124988260011b60020161010051613f24565b519260ff8460c81c168015612996576003146126325760206102805101516040610280510151806003029060038204036104dc576124d590614143565b906001600160a01b0386165f525f60205260405f20546124f48161581a565b90838201915f85841291129080158216911516176104dc575f821261262a575b620f4240821361261f575b6001600160801b03808216116126035760018201908183116104dc576001600160a01b0389165f525f6020526001600160801b0367ffffffffffffffff60a01b806001600160a01b0319841616169260801b9116171760405f205560405192600284525f60208501525f60408501525f6060850152608084015260a08301526001600160a01b038616917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a46104dc576104dc57600160ca1b60ff60c81b1960019316176125fb82841b60020161010051613f24565b525b01612457565b6001600160a01b038863b323377560e01b5f521660045260245ffd5b620f4240915061251f565b5f9150612514565b50506102805160c001516001821b16156127cd576126588161018061028051015161411a565b51602061028051015190806005026005810482036104dc5761267990614143565b936001600160a01b0381165f525f60205260405f2054916126998361581a565b93868501945f88871291129080158216911516176104dc575f85126127c5575b620f424085136127ba575b6001600160801b038085161161279e5760018501948581116104dc57600197600160ca1b9660ff60c81b19966001600160a01b0387165f525f6020526001600160801b0367ffffffffffffffff60a01b806001600160a01b0319841616169260801b9116171760405f2055604051938985525f602086015260408501525f6060850152608084015260a08301526001600160a01b038316917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a4161761279882841b60020161010051613f24565b526125fd565b6001600160a01b038363b323377560e01b5f521660045260245ffd5b620f424094506126c4565b5f94506126b9565b6127e28161014061028095949551015161411a565b516127f58261016061028051015161411a565b519361281561280e6001600160801b0388511684613e70565b8095613e83565b94602061028051015191838004600114841517156104dc578160011b828104600214831517156104dc57612849908561412b565b956001600160a01b0382165f525f60205260405f2054966128698861581a565b91818301925f83851291129080158216911516176104dc575f831261298e575b620f42408313612983575b6128a7816001600160801b038b16613e83565b986001600160801b038a116129675760a01c67ffffffffffffffff16948782612956575b50600184018085116104dc5760019a67ffffffffffffffff60a01b6001600160a01b03988989165f525f60205260a01b169160801b171760405f2055604051975f8952602089015260408801526060870152608086015260a085015216917fc3548337a64e3cd1e43b2f475e7cbff9e2c9fe02255a3a599069590882adef2560c060043592a46125fd565b6129609196613e83565b94876128cb565b6001600160a01b038563b323377560e01b5f521660045260245ffd5b620f42409250612894565b5f9250612889565b505050600191506125fd565b506129d66129c0836001600160801b03610280515191511690613e70565b6001600160801b03600460e05101541690613e83565b612a046040610280510151916129ff6101c0516102805101936129f98551615731565b90613e90565b613e70565b91600360e05101612a45612a256001600160801b038616835460801c61416f565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b03612a5b816111c58588613e90565b166001600160801b03198254161790558151155f14612b3b576004355f52600360205260405f206024355f52602052600160405f20555b612ab0602061028051015192519160e0610280510151151594613e90565b6040519060a0820194602435835260a060208401526102c0515180965260c083019360206102c051015f975b808910612b235750507f64e4ee1a4580cbf3f324681f1562206919d26d114bf4e8c84f879010c52723f89495965060408401526060830152608082015280600435930390a3005b90956020806001928951815201970198019790612adc565b6b0200000000000000000000004260b01b7fffffffffff0000000000ffffffffffffffffffff00ffffffffffffffffffffff61014051161717612b8061010051613f07565b528151612b8f61010051613f14565b52612bc161010051602435600435916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b612a92565b5f6102e0525b60806102805101516102e0511015612ce257612c006102e0516040610280510151610260515f1961024051015f190461583c565b612c21612c176024608435016084356004016140e4565b6102e051916141d1565b35168015612cdc57612c40612c176044608435016084356004016140e4565b355f5b6102a0518110612c61575050505b60016102e051016102e052612bcc565b60019060a061028051015182821b1615612cd757612cb4612cac5f1961024051015f19046102605186612ca66123cb6102e051610d218961012061028051015161411a565b3561588a565b198516615731565b612ccf82610d5261018061028051015193610d21838661411a565b525b01612c43565b612cd1565b50612c51565b5f5b6102a0518110612cf45750612033565b60019060ff6101a05160301c16612d138261018061028051015161411a565b5111612d20575b01612ce4565b60c0610280510182821b8151179052612d1a565b61ffff6101a05160181c1661018052611f95565b612d566084356004016140d7565b15612e4f575060246084350190612d72826084356004016140e4565b61028051608001519081148015949250612e2d575b508215612dda575b5050612da757600160e06102805101525b8080611f54565b60206102805101517f1f2b9db2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6020919250612e21612df4611ac3926084356004016140e4565b9390612e0d611ab26044608435016084356004016140e4565b606460843501358152038084520182613df9565b51902014158180612d8f565b909250612e446044608435016084356004016140e4565b905014159183612d87565b612e6a915063ffffffff600160e051015460a01c1690613e83565b4211612da05760206102805101517f59367303000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60206102805101517f8dd9dece000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5080421115611f3c565b50611ed7612f1d612f0a63ffffffff6101a05160581c1664ffffffffff6101405160601c16613e83565b63ffffffff6101a05160781c1690613e83565b9050611ec0565b7ff0754329000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101ab57612f5d36613d31565b905f52600360205260405f20905f52602052602060405f2054604051908152f35b346101ab575f3660031901126101ab57602060405160018152f35b346101ab5760a03660031901126101ab5760043567ffffffffffffffff81116101ab5761028060031982360301126101ab5760443560ff811681036101ab57613009602092612fe6614286565b613001610264820135936084359060643590602435876142fa565b60040161498f565b9080611b6557505f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b346101ab5760203660031901126101ab5761197e613057613d5d565b61305f614286565b614734565b346101ab575f3660031901126101ab576020600154604051908152f35b346101ab5760e03660031901126101ab5760243560043560443567ffffffffffffffff81116101ab576130b8903690600401613d00565b91909260643560843567ffffffffffffffff81116101ab576130de903690600401613d00565b9260c4359167ffffffffffffffff83116101ab57366023840112156101ab5782600401359167ffffffffffffffff83116101ab5736602484860101116101ab5761313a61312a886141ef565b549960ff8b16998a91848b614804565b9061314482613f07565b5167ffffffffffffffff811699871015613482578660011b906001600160ff1b03881688036104dc578160020190816002116104dc5760ff9c6131878387613f24565b519d8e60c81c16600381148015613478575b61344857600214801590613437575b6134075764ffffffffff8260881c1680156133a3575b6131d29063ffffffff8360981c1690613e83565b4211613377579061ffff60ff6131f09360101c169160481c166148c2565b808a0361335d57506001600160a01b038c169b8c8c8b8d6040519283928b602085019660a4359330954696613225978b613f6c565b03601f19810182526132379082613df9565b5190209260030192836003116104dc576132518487613f24565b510361332d576104d7969460249461331e947f7c50bd6f25c94a20f425cc0939dabaefd641be3b73c726531a902c9def1011649c9b9a98946132ba79030000000000000000000000000000000000000000000000000060ff60c81b196133059716179185613f24565b526132df8c6040516132d581611a306020820180958c613f38565b5190209184613f24565b528c916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b6040519788978852606060208901526060880191613fc5565b92858403604087015201614002565b888c7f79ce97db000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b898c635e52baa360e11b5f5260045260245260445260645ffd5b8c7f87b262f8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506133d46133c463ffffffff8360581c1664ffffffffff8560601c16613e83565b63ffffffff8360781c1690613e83565b8042116131be578d7fee669619000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b898d7f38935fc7000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50600160ff8360581c1614156131a8565b8a8e7f12b3a2d1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060048114613199565b868a634ab40a2760e01b5f5260045260245260445ffd5b346101ab575f3660031901126101ab57602060405160648152f35b346101ab575f3660031901126101ab576134cc614286565b61197e33614734565b346101ab5760a03660031901126101ab576134ee613d47565b60643567ffffffffffffffff81116101ab57602091613514611ad9923690600401613d00565b611a30604094929451938492878401966084359260243560043530468c613f6c565b346101ab5760203660031901126101ab57604060036135566004356146ee565b01548151906001600160801b038116825260801c6020820152f35b346101ab575f3660031901126101ab57602060405160028152f35b346101ab5760403660031901126101ab576024356004356001600160a01b0382168083036101ab576135bc614286565b6135c5826141ef565b916001600160a01b0360018401541633036136e2576135e3836145ef565b804211156136b35750600383019261360984546001600160801b038160801c9116613e83565b5f90945580546aff0000000000000000000019166a01000000000000000000001790556040518381527f223b12ab607ec2f061dec352893f3efd7762d44abdaca13fc7b25ef963bf8a5490602090a380613682575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6136ac917f0000000000000000000000000000000000000000000000000000000000000000614657565b808061197e565b907f8262f7a0000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6358ea1a2760e01b5f526004523360245260445ffd5b346101ab57602061370836613d31565b905f526004825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b346101ab5760c03660031901126101ab5760643560243560043560ff831683036101ab5761377f61197e93613764614286565b61376d836141ef565b5060a4359060843590604435866142fa565b61439d565b346101ab576101003660031901126101ab5760243560043560a03660431901126101ab5760e43567ffffffffffffffff81116101ab576137c8903690600401613d00565b6137d38392936141ef565b906137dc613d73565b9367ffffffffffffffff85169483549167ffffffffffffffff8360b81c16421015613cd45761ffff8360381c16881015613ca857855f52600360205260405f20885f52602052600160405f205403613c7c5792613837613d73565b93613894613843613d9f565b61384b613dbd565b6040805167ffffffffffffffff90991660208a0190815260ff9093169089015261ffff16606088015260a435608088015260c43560a0880181905296611a3e8160c08101611a30565b6020815191012091600587015492915f915b808310613c3e5750505003613c12576138bd613dbd565b9061ffff82169260ff806138cf613d9f565b9260481c16911610801590613c0a575b8015613bff575b613bd357600160ff82161b90865f52600460205266ffffffffffffff60405f209160081c1690815f5260205260405f205490828216613ba757875f52600460205260405f20905f526020521760405f205561394e610e1a613945613d9f565b60078701613e36565b61396263ffffffff60208301511688614234565b845490600361399f6139996139856001600160801b0360ff871695511685613e70565b6001600160801b0360048b01541690613e83565b86613e70565b96016001600160801b03815416808811613b7457906001600160801b03806139ca8a613a1195613e90565b16166001600160801b03198254161781556139f26001600160801b038916825460801c613e9d565b6001600160801b036001600160801b031983549260801b169116179055565b60ff8216036104dc576101fe9060011b16600201806002116104dc57613a436b01000000000000000000000091613ed5565b9168ff0000000000000000613a56613d9f565b60401b1688176affff0000000000000000004260601b9260481b16171717613a7d82613f07565b5282613a8882613f14565b528051334260a01b17600160c81b17929060021015613b605786948694613af8847f9dded27346995565f8745752ac6984e932bae69042090a571bddb9edbfb9227396606060c09701528b88916020815160051b910120915f52600360205260405f20905f5260205260405f2055565b613b00613d9f565b9260ff604051948c86521660208501526040840152606083015260808201524260a0820152a36040519283525f60208401524260408401527f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f60603394a4005b634e487b7160e01b5f52603260045260245ffd5b87897fbef22b9d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b887f79314825000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b867f26858e7f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061010083116138e6565b5082156138df565b857f1713d4d5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b909192613c4c8483856141d1565b359081811015613c6b575f52602052600160405f205b930191906138a6565b905f52602052600160405f20613c62565b877ff737070f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877fc5ec1623000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b857f4d09689e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9181601f840112156101ab5782359167ffffffffffffffff83116101ab576020808501948460051b0101116101ab57565b60409060031901126101ab576004359060243590565b604435906001600160a01b03821682036101ab57565b600435906001600160a01b03821682036101ab57565b60443567ffffffffffffffff811681036101ab5790565b3567ffffffffffffffff811681036101ab5790565b60643560ff811681036101ab5790565b3560ff811681036101ab5790565b60843561ffff811681036101ab5790565b3561ffff811681036101ab5790565b6040810190811067ffffffffffffffff82111761194157604052565b90601f8019910116810190811067ffffffffffffffff82111761194157604052565b9060405191602083015260208252613e34604083613df9565b565b6008821015613b605701905f90565b90604051613e5281613ddd565b91546001600160801b038116835260801c63ffffffff166020830152565b818102929181159184041417156104dc57565b919082018092116104dc57565b919082039182116104dc57565b906001600160801b03809116911601906001600160801b0382116104dc57565b67ffffffffffffffff81116119415760051b60200190565b90613edf82613ebd565b613eec6040519182613df9565b8281528092613efd601f1991613ebd565b0190602036910137565b805115613b605760200190565b805160011015613b605760400190565b8051821015613b605760209160051b010190565b91907f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81116101ab5760051b809282370190565b91936088936020999895613fbe98979385526bffffffffffffffffffffffff199060601b168a850152603484015260548301526bffffffffffffffffffffffff199060601b1660748201520191613f38565b9081520190565b90918281527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83116101ab5760209260051b809284830137010190565b908060209392818452848401375f828201840152601f01601f1916010190565b604051906101a0820182811067ffffffffffffffff82111761194157604052815f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201526101806101009160405161408a8482613df9565b833682376101208201526040516140a18482613df9565b833682376101408201526040516140b88482613df9565b83368237610160820152604051926140d08185613df9565b3684370152565b3580151581036101ab5790565b903590601e19813603018212156101ab570180359067ffffffffffffffff82116101ab57602001918160051b360383136101ab57565b906008811015613b605760051b0190565b81810392915f1380158285131691841216176104dc57565b7f800000000000000000000000000000000000000000000000000000000000000081146104dc575f0390565b906001600160801b03809116911603906001600160801b0382116104dc57565b90600182811c921680156141bd575b60208310146141a957565b634e487b7160e01b5f52602260045260245ffd5b91607f169161419e565b8115610ddc570490565b9190811015613b605760051b0190565b5f1981146104dc5760010190565b906141f9826146ee565b9160ff835460501c166142095750565b7f5e6eb33a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b335f525f60205261424860405f205461581a565b9082821061425557505050565b7f4eb2fb83000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6142d25760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b939091936001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693843b156101ab575f9460e493869260ff604051998a9889977fd505accf0000000000000000000000000000000000000000000000000000000089523360048a01523060248a01526044890152606488015216608486015260a485015260c48401525af16143935750565b5f613e3491613df9565b805f52600260205260405f20917f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b038216604051926370a0823160e01b8452306004850152602084602481855afa93841561457f575f946145bb575b50604051927f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180855af19060015f511482161561459c575b50826040525f6060521561458a57816024816020936370a0823160e01b82523060048301525afa90811561457f575f9161454c575b5060039161448e91613e90565b92018054906001600160801b036144b46144aa86838616613e83565b9360801c84613e83565b11614507576001600160801b03808316166001600160801b031982541617905560405192835260208301527f9a98994924b3f454e430a7e3c884aa145467ff2913f30a4b4c428a25797c797560403393a3565b60646040516305519d6f60e51b815260206004820152600660248201527f616d6f756e7400000000000000000000000000000000000000000000000000006044820152fd5b90506020813d602011614577575b8161456760209383613df9565b810103126101ab57516003614481565b3d915061455a565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b60018215166145b2573b15153d1516165f61444c565b833d5f823e3d90fd5b9093506020813d6020116145e7575b816145d760209383613df9565b810103126101ab5751925f614401565b3d91506145ca565b6146549063ffffffff614649600161463984548461462e614622828460581c1667ffffffffffffffff8560b81c16613e83565b828460781c1690613e83565b9160981c1690613e83565b93015492828460a01c1690613e83565b9160c01c1690613e83565b90565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156146cd575b604052156146b15750565b6001600160a01b0390635274afe760e01b5f521660045260245ffd5b9060018115166146e557823b15153d151616906146a6565b503d5f823e3d90fd5b90815f52600260205260405f209160ff835416156147095750565b7f25435c4e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b335f525f60205260405f20546001600160801b0381169081159081156147e7575b506147bb57613e34916040518281526001600160a01b038216907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a37f0000000000000000000000000000000000000000000000000000000000000000614657565b7fdc69dc16000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160801b031990335f525f6020521660405f20555f614755565b9194939290926001600160ff1b03811681036104dc5760011b600201806002116104dc5781036148af5761483781613ebd565b946148456040519687613df9565b81865260208601809260051b8201913683116101ab57905b82821061489f57505050845160051b9020905f52600360205260405f20825f5260205260405f20540361488d5750565b63a351454960e01b5f5260045260245ffd5b813581526020918201910161485d565b8263a351454960e01b5f5260045260245ffd5b908015610ddc576148d890610100048092613e83565b5f198101919082116104dc57614654916141c7565b903590601e19813603018212156101ab570180359067ffffffffffffffff82116101ab57602001918160061b360383136101ab57565b3563ffffffff811681036101ab5790565b356001600160a01b03811681036101ab5790565b903590601e19813603018212156101ab570180359067ffffffffffffffff82116101ab576020019181360383136101ab57565b356001600160801b03811681036101ab5790565b60ff61499d60608301613daf565b161580156155aa575b6155655760ff6149b860808301613daf565b16158015615540575b8015615515575b6154d0576149d860a08201613daf565b9060ff82166001811415806154c5575b806154ba575b806154af575b806154a4575b80615499575b61545457614a1060e083016140d7565b156153cc5760c082019061ffff614a2683613dce565b16159182156153b4575b5050615382575b61ffff614a476101208301613dce565b16158015615367575b61532257614a626102408201826148ed565b9050158015615309575b6152c45763ffffffff614a826101408301614923565b161561527f5763ffffffff614a9a6101608301614923565b161561523a5763ffffffff614ab26101808301614923565b16156151f557614ac56101e08201613d8a565b67ffffffffffffffff42911611156151b0576001600160a01b03614ae882614934565b161561516b576020810135156151265760408101614b068183614948565b9050156150e157600154614b19906141e1565b8060015580815f52600260205260405f20946001860190336001600160a01b031682546001600160a01b03191617825560608601614b5690613daf565b87549060ff16614b6860808901613daf565b60081b61ff00169060c08901614b7d90613dce565b60181b64ffff000000169160e08a01614b95906140d7565b151560281b90614ba86101008c01613daf565b60301b66ff00000000000016936101208c01614bc390613dce565b60381b68ffff0000000000000016958c6102408101614be1916148ed565b905060481b69ff000000000000000000169769ff000000000000000000199568ffff00000000000000199466ff000000000000199365ff0000000000199264ffff000000199162ffffff1916171617169060101b62ff000016171617169065ff00000000001617161717178655614c5785614934565b60028701906001600160a01b031681546001600160a01b0319161790556101408501614c8290614923565b8654614c916101608801614923565b60781b72ffffffff000000000000000000000000000000166101808801614cb790614923565b60981b76ffffffff0000000000000000000000000000000000000016926101a08901614ce290614923565b938554926101c08b01614cf490614923565b60c01b7bffffffff00000000000000000000000000000000000000000000000016946101e08c01614d2490613d8a565b60b81b7effffffffffffffff0000000000000000000000000000000000000000000000169360581b6effffffff000000000000000000000016907fffffffffffffffffff000000000000000000000000ffffffffffffffffffffff16177fff0000000000000000ffffffffffffffffffffffffffffffffffffffffffffff1617171789556102008801614db690614923565b60e01b7fffffffff00000000000000000000000000000000000000000000000000000000169260a01b77ffffffff000000000000000000000000000000000000000016906001600160a01b031617171790556102208401614e169061497b565b60048601906001600160801b031681546001600160801b03191617905560208401356005860155614e478385614948565b600687019167ffffffffffffffff8211611941578190614e67845461418f565b601f8111615091575b505f90601f8311600114615027575f9261501c575b50508160011b915f199060031b1c19161790559493945b60075f9601955b614eb16102408601866148ed565b9050811015614f6d57614ec86102408601866148ed565b821015613b60578160061b0190614edf8189613e36565b614f5a57614f126020846001600160801b03614efc60019761497b565b166001600160801b031985541617845501614923565b7fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff73ffffffff0000000000000000000000000000000083549260801b16911617905501614ea3565b634e487b7160e01b5f525f60045260245ffd5b509193909294505f5b61ffff614f866101208801613dce565b16811015614faf57600190845f52600360205260405f20815f526020528160405f205501614f76565b5092917f7727ac46ca99b16adcc0cba808dac7c66a5fb0f0a687ded5dfc486ae7e46744260206001600160a01b039396615017614ff5614fee83614934565b9783614948565b9690976040519485940135845260406020850152169633966040840191614002565b0390a4565b013590505f80614e85565b909150601f19831691845f5260205f20925f5b8181106150795750908460019594939210615060575b505050811b019055949394614e9c565b01355f19600384901b60f8161c191690555f8080615050565b9193602060018192878701358155019501920161503a565b909150835f5260205f20601f840160051c810191602085106150d7575b90601f859493920160051c01905b8181106150c95750614e70565b5f81558493506001016150bc565b90915081906150ae565b60646040516305519d6f60e51b815260206004820152600960248201527f736368656d6143696400000000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600c60248201527f6d616e6966657374526f6f7400000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600760248201527f61726269746572000000000000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600760248201527f656e6454696d65000000000000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600c60248201527f72657665616c57696e646f7700000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600c60248201527f636f6d6d697457696e646f7700000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600b60248201527f636c61696d57696e646f770000000000000000000000000000000000000000006044820152fd5b60646040516305519d6f60e51b815260206004820152600560248201527f74696572730000000000000000000000000000000000000000000000000000006044820152fd5b50600861531a6102408301836148ed565b905011614a6c565b60646040516305519d6f60e51b815260206004820152600560248201527f6c616e65730000000000000000000000000000000000000000000000000000006044820152fd5b5061100061ffff61537b6101208401613dce565b1611614a50565b6040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b61ffff9192506153c390613dce565b16115f80614a30565b60c08201600261ffff6153de83613dce565b1610918215615421575b505015614a37576040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b6010811092509082615437575b50505f806153e8565b61ffff919250615448600191613dce565b921b9116115f8061542e565b60646040516305519d6f60e51b815260206004820152600960248201527f6c6162656c4269747300000000000000000000000000000000000000000000006044820152fd5b506020811415614a00565b5060108114156149fa565b5060088114156149f4565b5060048114156149ee565b5060028114156149e8565b60646040516305519d6f60e51b815260206004820152600160248201527f71000000000000000000000000000000000000000000000000000000000000006044820152fd5b5061552260808201613daf565b6101fe60ff61553360608501613daf565b169160011b1611156149c8565b5061554d60808201613daf565b60ff8061555c60608501613daf565b169116116149c1565b60646040516305519d6f60e51b815260206004820152600160248201527f6b000000000000000000000000000000000000000000000000000000000000006044820152fd5b50600860ff6155bb60608401613daf565b16116149a6565b9190935f915f925b845184101561564a576001600160ff1b03841684036104dc578360011b600201806002116104dc5760ff6156006003928a613f24565b5160c81c16036156415761563860019160a0870183871b81511790528061562c876101208a015161411a565b52608087015190613e83565b935b01926155ca565b9260019061563a565b919593949092508181036157145750505f5b835181101561570e5760a08401516001821b1615615706576156838161012086015161411a565b5160808501516040519060051b809260051b85018237206001600160ff1b03821682036104dc578160011b600301806003116104dc576156c39085613f24565b51036156d3576001905b0161565c565b60208401517fe7337b65000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001906156cd565b50505050565b6020850151635e52baa360e11b5f5260045260245260445260645ffd5b7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7e01000100010001000100010001000100010001000100010001000100010001917f55555555555555555555555555555555555555555555555555555555555555558160011c1690037f3333333333333333333333333333333333333333333333333333333333333333808260021c169116018060041c017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f7e0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8260081c16911601160260f01c90565b60801c63ffffffff168061582e5750606490565b5f1981019081116104dc5790565b92908015610ddc5761585d61585682610100048094613e70565b9283613e83565b831015615884576129ff61587392600194613e90565b1b905f1982019182116104dc571690565b50505090565b18906001905b80821061589e575050191690565b909180831c179160011b90615890565b9180821c615939576001821b905f198201918083116104dc576001600160ff1b03841684036104dc57600184811b1b915f1983019283116104dc578215610ddc5761590d6159139161590761592d955f19049687613e70565b93613e90565b84613e70565b908361592183838916613e83565b861c1695851c16613e83565b821c16901b1719161690565b505050905090565b919392935f9480156159ac579291905b6008841061595f5750505050565b929491929091600190818716156159a557845b600288161561599e57845b60048916156159965784915b1616179501929190615951565b841991615989565b841961597d565b8419615972565b505f19945050505056",
}

// KappaHub is an auto generated Go binding around an Ethereum contract.
type KappaHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaHub) GetABI() abi.ABI {
	return c.abi
}

// NewKappaHub creates a new instance of KappaHub.
func NewKappaHub() *KappaHub {
	parsed, err := KappaHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (kappaHub *KappaHub) PackConstructor(token_ common.Address) []byte {
	enc, err := kappaHub.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) PackAGREEGAIN() []byte {
	enc, err := kappaHub.abi.Pack("AGREE_GAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) TryPackAGREEGAIN() ([]byte, error) {
	return kappaHub.abi.Pack("AGREE_GAIN")
}

// UnpackAGREEGAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766c5f25.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) UnpackAGREEGAIN(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("AGREE_GAIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackDISAGREELOSS() []byte {
	enc, err := kappaHub.abi.Pack("DISAGREE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackDISAGREELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("DISAGREE_LOSS")
}

// UnpackDISAGREELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29e9cb4c.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackDISAGREELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("DISAGREE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackGOLDMISSLOSS() []byte {
	enc, err := kappaHub.abi.Pack("GOLD_MISS_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackGOLDMISSLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("GOLD_MISS_LOSS")
}

// UnpackGOLDMISSLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe700f219.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackGOLDMISSLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("GOLD_MISS_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackLAPSELOSS() []byte {
	enc, err := kappaHub.abi.Pack("LAPSE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackLAPSELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("LAPSE_LOSS")
}

// UnpackLAPSELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc701a3.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackLAPSELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("LAPSE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackMAXREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("MAX_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_REPUTATION")
}

// UnpackMAXREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackNOREVEALLOSS() []byte {
	enc, err := kappaHub.abi.Pack("NO_REVEAL_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackNOREVEALLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("NO_REVEAL_LOSS")
}

// UnpackNOREVEALLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfec1ea50.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackNOREVEALLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("NO_REVEAL_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackSTARTREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("START_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackSTARTREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("START_REPUTATION")
}

// UnpackSTARTREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fb18d17.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackSTARTREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("START_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 reputation, uint256 tasksPaid)
func (kappaHub *KappaHub) PackAccountOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 reputation, uint256 tasksPaid)
func (kappaHub *KappaHub) TryPackAccountOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("accountOf", account)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Credited   *big.Int
	Reputation *big.Int
	TasksPaid  *big.Int
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 reputation, uint256 tasksPaid)
func (kappaHub *KappaHub) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := kappaHub.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Credited = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reputation = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.TasksPaid = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) PackCampaignCount() []byte {
	enc, err := kappaHub.abi.Pack("campaignCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) TryPackCampaignCount() ([]byte, error) {
	return kappaHub.abi.Pack("campaignCount")
}

// UnpackCampaignCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7274e30d.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) UnpackCampaignCount(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("campaignCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) PackCampaignInfo(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("campaignInfo", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) TryPackCampaignInfo(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("campaignInfo", campaignId)
}

// UnpackCampaignInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb2238ec.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) UnpackCampaignInfo(data []byte) (KappaHubCampaignInfo, error) {
	out, err := kappaHub.abi.Unpack("campaignInfo", data)
	if err != nil {
		return *new(KappaHubCampaignInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(KappaHubCampaignInfo)).(*KappaHubCampaignInfo)
	return out0, nil
}

// PackChunkLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c71ddb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkLeafHash((uint64,uint8,uint16,bytes32,bytes32) leaf) pure returns(bytes32)
func (kappaHub *KappaHub) PackChunkLeafHash(leaf KappaHubChunkLeaf) []byte {
	enc, err := kappaHub.abi.Pack("chunkLeafHash", leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c71ddb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkLeafHash((uint64,uint8,uint16,bytes32,bytes32) leaf) pure returns(bytes32)
func (kappaHub *KappaHub) TryPackChunkLeafHash(leaf KappaHubChunkLeaf) ([]byte, error) {
	return kappaHub.abi.Pack("chunkLeafHash", leaf)
}

// UnpackChunkLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c71ddb8.
//
// Solidity: function chunkLeafHash((uint64,uint8,uint16,bytes32,bytes32) leaf) pure returns(bytes32)
func (kappaHub *KappaHub) UnpackChunkLeafHash(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("chunkLeafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) PackChunkTaken(campaignId *big.Int, chunkId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) TryPackChunkTaken(campaignId *big.Int, chunkId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
}

// UnpackChunkTaken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24556f92.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) UnpackChunkTaken(data []byte) (bool, error) {
	out, err := kappaHub.abi.Unpack("chunkTaken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) PackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) TryPackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
}

// PackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) PackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) []byte {
	enc, err := kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) TryPackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) PackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) TryPackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
}

// PackCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b62de1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentFor(uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 salt) view returns(bytes32)
func (kappaHub *KappaHub) PackCommitmentFor(campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, salt [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commitmentFor", campaignId, chunkId, annotator, labels, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b62de1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentFor(uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 salt) view returns(bytes32)
func (kappaHub *KappaHub) TryPackCommitmentFor(campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, salt [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commitmentFor", campaignId, chunkId, annotator, labels, salt)
}

// UnpackCommitmentFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b62de1a.
//
// Solidity: function commitmentFor(uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 salt) view returns(bytes32)
func (kappaHub *KappaHub) UnpackCommitmentFor(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("commitmentFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aa2aac3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaign((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaign(p KappaHubCampaignParams) []byte {
	enc, err := kappaHub.abi.Pack("createCampaign", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aa2aac3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaign((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaign(p KappaHubCampaignParams) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaign", p)
}

// UnpackCreateCampaign is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9aa2aac3.
//
// Solidity: function createCampaign((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaign(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaign", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7642ff68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaignWithPermit((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7642ff68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaignWithPermit((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
}

// UnpackCreateCampaignWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7642ff68.
//
// Solidity: function createCampaignWithPermit((address,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaignWithPermit(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaignWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) PackCreditedOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("creditedOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) TryPackCreditedOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("creditedOf", account)
}

// UnpackCreditedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86440599.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) UnpackCreditedOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("creditedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) PackEscrowOf(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("escrowOf", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) TryPackEscrowOf(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("escrowOf", campaignId)
}

// EscrowOfOutput serves as a container for the return parameters of contract
// method EscrowOf.
type EscrowOfOutput struct {
	Unreserved *big.Int
	Reserved   *big.Int
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) UnpackEscrowOf(data []byte) (EscrowOfOutput, error) {
	out, err := kappaHub.abi.Unpack("escrowOf", data)
	outstruct := new(EscrowOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Unreserved = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reserved = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78ab64d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256[],uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) PackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) []byte {
	enc, err := kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78ab64d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256[],uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) TryPackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) ([]byte, error) {
	return kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) PackFund(campaignId *big.Int, amount *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("fund", campaignId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) TryPackFund(campaignId *big.Int, amount *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("fund", campaignId, amount)
}

// PackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) PackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) TryPackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
}

// PackGoldCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c2a0e7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function goldCommitmentFor(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (kappaHub *KappaHub) PackGoldCommitmentFor(mask []*big.Int, labels []*big.Int, salt [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("goldCommitmentFor", mask, labels, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGoldCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c2a0e7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function goldCommitmentFor(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (kappaHub *KappaHub) TryPackGoldCommitmentFor(mask []*big.Int, labels []*big.Int, salt [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("goldCommitmentFor", mask, labels, salt)
}

// UnpackGoldCommitmentFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c2a0e7b.
//
// Solidity: function goldCommitmentFor(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (kappaHub *KappaHub) UnpackGoldCommitmentFor(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("goldCommitmentFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) PackLaneHash(campaignId *big.Int, lane *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHash", campaignId, lane)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) TryPackLaneHash(campaignId *big.Int, lane *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHash", campaignId, lane)
}

// UnpackLaneHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77a8be3a.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) UnpackLaneHash(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) PackLaneHashes(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHashes", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) TryPackLaneHashes(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHashes", campaignId)
}

// UnpackLaneHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd361ccb.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) UnpackLaneHashes(data []byte) ([][32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHashes", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) PackReclaim(campaignId *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reclaim", campaignId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) TryPackReclaim(campaignId *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reclaim", campaignId, to)
}

// PackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb89c044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationOf(address account) view returns(uint256)
func (kappaHub *KappaHub) PackReputationOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reputationOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb89c044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationOf(address account) view returns(uint256)
func (kappaHub *KappaHub) TryPackReputationOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reputationOf", account)
}

// UnpackReputationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb89c044.
//
// Solidity: function reputationOf(address account) view returns(uint256)
func (kappaHub *KappaHub) UnpackReputationOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("reputationOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) PackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) TryPackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd30481.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, string cid) returns()
func (kappaHub *KappaHub) PackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, cid string) []byte {
	enc, err := kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd30481.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, string cid) returns()
func (kappaHub *KappaHub) TryPackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, cid string) ([]byte, error) {
	return kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, cid)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) PackToken() []byte {
	enc, err := kappaHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) TryPackToken() ([]byte, error) {
	return kappaHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := kappaHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (kappaHub *KappaHub) PackWithdraw() []byte {
	enc, err := kappaHub.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (kappaHub *KappaHub) TryPackWithdraw() ([]byte, error) {
	return kappaHub.abi.Pack("withdraw")
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address to) returns()
func (kappaHub *KappaHub) PackWithdrawTo(to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("withdrawTo", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72b0d90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address to) returns()
func (kappaHub *KappaHub) TryPackWithdrawTo(to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("withdrawTo", to)
}

// PackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) PackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) TryPackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
}

// KappaHubCampaignCreated represents a CampaignCreated event raised by the KappaHub contract.
type KappaHubCampaignCreated struct {
	CampaignId   *big.Int
	Requester    common.Address
	Arbiter      common.Address
	ManifestRoot [32]byte
	SchemaCid    string
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignCreatedEventName = "CampaignCreated"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignCreated) ContractEventName() string {
	return KappaHubCampaignCreatedEventName
}

// UnpackCampaignCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignCreated(uint256 indexed campaignId, address indexed requester, address indexed arbiter, bytes32 manifestRoot, string schemaCid)
func (kappaHub *KappaHub) UnpackCampaignCreatedEvent(log *types.Log) (*KappaHubCampaignCreated, error) {
	event := "CampaignCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignCreated)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCampaignReclaimed represents a CampaignReclaimed event raised by the KappaHub contract.
type KappaHubCampaignReclaimed struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignReclaimedEventName = "CampaignReclaimed"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignReclaimed) ContractEventName() string {
	return KappaHubCampaignReclaimedEventName
}

// UnpackCampaignReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackCampaignReclaimedEvent(log *types.Log) (*KappaHubCampaignReclaimed, error) {
	event := "CampaignReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignReclaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubChunkOpened represents a ChunkOpened event raised by the KappaHub contract.
type KappaHubChunkOpened struct {
	CampaignId     *big.Int
	ChunkId        *big.Int
	Lane           *big.Int
	Tier           *big.Int
	Size           *big.Int
	GoldCommitment [32]byte
	Reserved       *big.Int
	OpenedAt       *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const KappaHubChunkOpenedEventName = "ChunkOpened"

// ContractEventName returns the user-defined event name.
func (KappaHubChunkOpened) ContractEventName() string {
	return KappaHubChunkOpenedEventName
}

// UnpackChunkOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkOpened(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 tier, uint256 size, bytes32 goldCommitment, uint256 reserved, uint256 openedAt)
func (kappaHub *KappaHub) UnpackChunkOpenedEvent(log *types.Log) (*KappaHubChunkOpened, error) {
	event := "ChunkOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubChunkOpened)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubClaimed represents a Claimed event raised by the KappaHub contract.
type KappaHubClaimed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Lane       *big.Int
	Seat       *big.Int
	ClaimedAt  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (KappaHubClaimed) ContractEventName() string {
	return KappaHubClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 lane, uint256 seat, uint256 claimedAt)
func (kappaHub *KappaHub) UnpackClaimedEvent(log *types.Log) (*KappaHubClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubClaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCommitted represents a Committed event raised by the KappaHub contract.
type KappaHubCommitted struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Commitment [32]byte
	RevealAt   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (KappaHubCommitted) ContractEventName() string {
	return KappaHubCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, bytes32 commitment, uint256 revealAt)
func (kappaHub *KappaHub) UnpackCommittedEvent(log *types.Log) (*KappaHubCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCommitted)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubEscrowWithdrawn represents a EscrowWithdrawn event raised by the KappaHub contract.
type KappaHubEscrowWithdrawn struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubEscrowWithdrawn) ContractEventName() string {
	return KappaHubEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackEscrowWithdrawnEvent(log *types.Log) (*KappaHubEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFinalized represents a Finalized event raised by the KappaHub contract.
type KappaHubFinalized struct {
	CampaignId   *big.Int
	ChunkId      *big.Int
	Lane         *big.Int
	Accepted     []*big.Int
	DisputeMask  *big.Int
	GoldRevealed bool
	Released     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (KappaHubFinalized) ContractEventName() string {
	return KappaHubFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256[] accepted, uint256 disputeMask, bool goldRevealed, uint256 released)
func (kappaHub *KappaHub) UnpackFinalizedEvent(log *types.Log) (*KappaHubFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFinalized)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFunded represents a Funded event raised by the KappaHub contract.
type KappaHubFunded struct {
	CampaignId *big.Int
	From       common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (KappaHubFunded) ContractEventName() string {
	return KappaHubFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackFundedEvent(log *types.Log) (*KappaHubFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFunded)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubResolved represents a Resolved event raised by the KappaHub contract.
type KappaHubResolved struct {
	CampaignId        *big.Int
	ChunkId           *big.Int
	Reviewer          common.Address
	TaskMask          *big.Int
	Labels            []*big.Int
	Fee               *big.Int
	RemainingDisputes *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const KappaHubResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (KappaHubResolved) ContractEventName() string {
	return KappaHubResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed campaignId, uint256 indexed chunkId, address indexed reviewer, uint256 taskMask, uint256[] labels, uint256 fee, uint256 remainingDisputes)
func (kappaHub *KappaHub) UnpackResolvedEvent(log *types.Log) (*KappaHubResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubResolved)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubRevealed represents a Revealed event raised by the KappaHub contract.
type KappaHubRevealed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Labels     []*big.Int
	Cid        string
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (KappaHubRevealed) ContractEventName() string {
	return KappaHubRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, uint256[] labels, string cid)
func (kappaHub *KappaHub) UnpackRevealedEvent(log *types.Log) (*KappaHubRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubRevealed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubSettled represents a Settled event raised by the KappaHub contract.
type KappaHubSettled struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Account    common.Address
	Reason     uint8
	Matched    *big.Int
	Missed     *big.Int
	Credited   *big.Int
	RepDelta   *big.Int
	Reputation *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (KappaHubSettled) ContractEventName() string {
	return KappaHubSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed campaignId, uint256 indexed chunkId, address indexed account, uint8 reason, uint256 matched, uint256 missed, uint256 credited, int256 repDelta, uint256 reputation)
func (kappaHub *KappaHub) UnpackSettledEvent(log *types.Log) (*KappaHubSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubSettled)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubWithdrawn represents a Withdrawn event raised by the KappaHub contract.
type KappaHubWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaHubWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubWithdrawn) ContractEventName() string {
	return KappaHubWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackWithdrawnEvent(log *types.Log) (*KappaHubWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaHub *KappaHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignEnded"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignNotOver"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ChunkTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackChunkTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ClaimWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackClaimWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["EmptyCommitment"].ID.Bytes()[:4]) {
		return kappaHub.UnpackEmptyCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["FinalizeTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackFinalizeTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldRequired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientUnreserved"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientUnreservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunk"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunkProof"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidLabel"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidSeat"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidSeatError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LabelsMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLabelsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LaneBusy"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLaneBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotDisputed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotReviewer"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotReviewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotSeatHolder"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotSeatHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReputationTooLow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReputationTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReviewerIsAnnotator"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReviewerIsAnnotatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SeatTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSeatTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["StaleRecord"].ID.Bytes()[:4]) {
		return kappaHub.UnpackStaleRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownCampaign"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownCampaignError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownLane"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownLaneError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["WrongLabelCount"].ID.Bytes()[:4]) {
		return kappaHub.UnpackWrongLabelCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaHubAlreadyClaimed represents a AlreadyClaimed error raised by the KappaHub contract.
type KappaHubAlreadyClaimed struct {
	ChunkId   *big.Int
	Annotator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func KappaHubAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa9214540dbdab41c9e79b3f2188acea45d13e6ac15f24990e9f6ddf7cc0e4180")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func (kappaHub *KappaHub) UnpackAlreadyClaimedError(raw []byte) (*KappaHubAlreadyClaimed, error) {
	out := new(KappaHubAlreadyClaimed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyCommitted represents a AlreadyCommitted error raised by the KappaHub contract.
type KappaHubAlreadyCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func KappaHubAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xddcc733d140fb0312eb1ac150281dfa07c853a78cdef41c136c6ecd38de811a4")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyCommittedError(raw []byte) (*KappaHubAlreadyCommitted, error) {
	out := new(KappaHubAlreadyCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyFinalized represents a AlreadyFinalized error raised by the KappaHub contract.
type KappaHubAlreadyFinalized struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func KappaHubAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xf075432911496a9efbc824c20b649ec3a83845a62966846bd8cf1cbb1cea71c3")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func (kappaHub *KappaHub) UnpackAlreadyFinalizedError(raw []byte) (*KappaHubAlreadyFinalized, error) {
	out := new(KappaHubAlreadyFinalized)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyRevealed represents a AlreadyRevealed error raised by the KappaHub contract.
type KappaHubAlreadyRevealed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func KappaHubAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x12b3a2d19bc85b1ee1b06cf15d9682e8bc15d9f05e3c1bfd757c795744728a39")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyRevealedError(raw []byte) (*KappaHubAlreadyRevealed, error) {
	out := new(KappaHubAlreadyRevealed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBalanceOverflow represents a BalanceOverflow error raised by the KappaHub contract.
type KappaHubBalanceOverflow struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow(address account)
func KappaHubBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0xb32337753cdaa0ba150efae844db74e1536b6156c0ae499e96be64d0a894ebb9")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow(address account)
func (kappaHub *KappaHub) UnpackBalanceOverflowError(raw []byte) (*KappaHubBalanceOverflow, error) {
	out := new(KappaHubBalanceOverflow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignClosed represents a CampaignClosed error raised by the KappaHub contract.
type KappaHubCampaignClosed struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func KappaHubCampaignClosedErrorID() common.Hash {
	return common.HexToHash("0x5e6eb33a418de5dbbc17f989f7ae362cdfbb1748c5d603137c767027a354edbc")
}

// UnpackCampaignClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignClosedError(raw []byte) (*KappaHubCampaignClosed, error) {
	out := new(KappaHubCampaignClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignEnded represents a CampaignEnded error raised by the KappaHub contract.
type KappaHubCampaignEnded struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func KappaHubCampaignEndedErrorID() common.Hash {
	return common.HexToHash("0x4d09689e5ab2d74dc1f9a1e821d4dcb2bb48908bd8a74872127b995b7d120154")
}

// UnpackCampaignEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignEndedError(raw []byte) (*KappaHubCampaignEnded, error) {
	out := new(KappaHubCampaignEnded)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignNotOver represents a CampaignNotOver error raised by the KappaHub contract.
type KappaHubCampaignNotOver struct {
	CampaignId *big.Int
	CloseTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func KappaHubCampaignNotOverErrorID() common.Hash {
	return common.HexToHash("0x8262f7a0197fa878b753fe2f6755a9a6df9187c44782635d7dc06c5b29e14fc8")
}

// UnpackCampaignNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func (kappaHub *KappaHub) UnpackCampaignNotOverError(raw []byte) (*KappaHubCampaignNotOver, error) {
	out := new(KappaHubCampaignNotOver)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubChunkTaken represents a ChunkTaken error raised by the KappaHub contract.
type KappaHubChunkTaken struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func KappaHubChunkTakenErrorID() common.Hash {
	return common.HexToHash("0x7931482536a47338a89f939deae2686f1b18333ff5a6d183e0173d6c09902487")
}

// UnpackChunkTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func (kappaHub *KappaHub) UnpackChunkTakenError(raw []byte) (*KappaHubChunkTaken, error) {
	out := new(KappaHubChunkTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ChunkTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubClaimWindowClosed represents a ClaimWindowClosed error raised by the KappaHub contract.
type KappaHubClaimWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func KappaHubClaimWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x8fb6d6875cba88232b860f532fb9b3d4a0dccd84f2f275a3db894cf8a0a05f2c")
}

// UnpackClaimWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackClaimWindowClosedError(raw []byte) (*KappaHubClaimWindowClosed, error) {
	out := new(KappaHubClaimWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ClaimWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitWindowClosed represents a CommitWindowClosed error raised by the KappaHub contract.
type KappaHubCommitWindowClosed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func KappaHubCommitWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x257c973fb4384a94e1cec7154d4013afaf66e73ea9cd459d9fa82d48aeb8f890")
}

// UnpackCommitWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitWindowClosedError(raw []byte) (*KappaHubCommitWindowClosed, error) {
	out := new(KappaHubCommitWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitmentMismatch represents a CommitmentMismatch error raised by the KappaHub contract.
type KappaHubCommitmentMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func KappaHubCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x79ce97dbdd958372211613e153924be73609f87a9fce03b415f370e6494cc343")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitmentMismatchError(raw []byte) (*KappaHubCommitmentMismatch, error) {
	out := new(KappaHubCommitmentMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubEmptyCommitment represents a EmptyCommitment error raised by the KappaHub contract.
type KappaHubEmptyCommitment struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func KappaHubEmptyCommitmentErrorID() common.Hash {
	return common.HexToHash("0x85f40d2c176724348eef895a13aea6c045fe22f7ea40ac82f1e719a2fc42a03d")
}

// UnpackEmptyCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func (kappaHub *KappaHub) UnpackEmptyCommitmentError(raw []byte) (*KappaHubEmptyCommitment, error) {
	out := new(KappaHubEmptyCommitment)
	if err := kappaHub.abi.UnpackIntoInterface(out, "EmptyCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubFinalizeTooEarly represents a FinalizeTooEarly error raised by the KappaHub contract.
type KappaHubFinalizeTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func KappaHubFinalizeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x8dd9dece8c45db340155bbf2a304bcc3ac597a40a18b47cda3a85ad4b706faa6")
}

// UnpackFinalizeTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackFinalizeTooEarlyError(raw []byte) (*KappaHubFinalizeTooEarly, error) {
	out := new(KappaHubFinalizeTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "FinalizeTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldMismatch represents a GoldMismatch error raised by the KappaHub contract.
type KappaHubGoldMismatch struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func KappaHubGoldMismatchErrorID() common.Hash {
	return common.HexToHash("0x1f2b9db28c18812a24066623226f88e607f4f64d382e09ba79b3d41ca0b3d69e")
}

// UnpackGoldMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldMismatchError(raw []byte) (*KappaHubGoldMismatch, error) {
	out := new(KappaHubGoldMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldRequired represents a GoldRequired error raised by the KappaHub contract.
type KappaHubGoldRequired struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldRequired(uint256 chunkId)
func KappaHubGoldRequiredErrorID() common.Hash {
	return common.HexToHash("0x59367303fd193fb279fd3e49bfdba8938c144fd2c01d08203f670df265a85d85")
}

// UnpackGoldRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldRequired(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldRequiredError(raw []byte) (*KappaHubGoldRequired, error) {
	out := new(KappaHubGoldRequired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientEscrow represents a InsufficientEscrow error raised by the KappaHub contract.
type KappaHubInsufficientEscrow struct {
	CampaignId *big.Int
	Needed     *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func KappaHubInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xbef22b9d2c2984a22e4e25e96681e35babae523addd4e6511092d6b01363c3d8")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientEscrowError(raw []byte) (*KappaHubInsufficientEscrow, error) {
	out := new(KappaHubInsufficientEscrow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientUnreserved represents a InsufficientUnreserved error raised by the KappaHub contract.
type KappaHubInsufficientUnreserved struct {
	CampaignId *big.Int
	Requested  *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func KappaHubInsufficientUnreservedErrorID() common.Hash {
	return common.HexToHash("0x53b4ba34cfe05ac11024534bddc56c2a8a160d1480e9277987a44a4557f1c83c")
}

// UnpackInsufficientUnreservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientUnreservedError(raw []byte) (*KappaHubInsufficientUnreserved, error) {
	out := new(KappaHubInsufficientUnreserved)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientUnreserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunk represents a InvalidChunk error raised by the KappaHub contract.
type KappaHubInvalidChunk struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func KappaHubInvalidChunkErrorID() common.Hash {
	return common.HexToHash("0x26858e7f2a9f3070845b4214875efe6db13451ec65f58189f52e01edd0de39be")
}

// UnpackInvalidChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkError(raw []byte) (*KappaHubInvalidChunk, error) {
	out := new(KappaHubInvalidChunk)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunkProof represents a InvalidChunkProof error raised by the KappaHub contract.
type KappaHubInvalidChunkProof struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func KappaHubInvalidChunkProofErrorID() common.Hash {
	return common.HexToHash("0x1713d4d50b64fb0ac1eaffab8aab1aed3f7b797ab32c8dd1a11c55f4b5ec8448")
}

// UnpackInvalidChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkProofError(raw []byte) (*KappaHubInvalidChunkProof, error) {
	out := new(KappaHubInvalidChunkProof)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidLabel represents a InvalidLabel error raised by the KappaHub contract.
type KappaHubInvalidLabel struct {
	ChunkId *big.Int
	Task    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func KappaHubInvalidLabelErrorID() common.Hash {
	return common.HexToHash("0xe813d6e02049e89d58d5a4880b7858ab92eb145afcfb5f102af44c631c1bb673")
}

// UnpackInvalidLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func (kappaHub *KappaHub) UnpackInvalidLabelError(raw []byte) (*KappaHubInvalidLabel, error) {
	out := new(KappaHubInvalidLabel)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidParameter represents a InvalidParameter error raised by the KappaHub contract.
type KappaHubInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func KappaHubInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (kappaHub *KappaHub) UnpackInvalidParameterError(raw []byte) (*KappaHubInvalidParameter, error) {
	out := new(KappaHubInvalidParameter)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidSeat represents a InvalidSeat error raised by the KappaHub contract.
type KappaHubInvalidSeat struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func KappaHubInvalidSeatErrorID() common.Hash {
	return common.HexToHash("0x4ab40a27ebdc28d64d278501b255017aed288b47713011dbe2ca5823fcdb3372")
}

// UnpackInvalidSeatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackInvalidSeatError(raw []byte) (*KappaHubInvalidSeat, error) {
	out := new(KappaHubInvalidSeat)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidSeat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLabelsMismatch represents a LabelsMismatch error raised by the KappaHub contract.
type KappaHubLabelsMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func KappaHubLabelsMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7337b656a57d19625ef4e196414ac188b92eaa05867e2626f2fc6525246a837")
}

// UnpackLabelsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackLabelsMismatchError(raw []byte) (*KappaHubLabelsMismatch, error) {
	out := new(KappaHubLabelsMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LabelsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLaneBusy represents a LaneBusy error raised by the KappaHub contract.
type KappaHubLaneBusy struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneBusy(uint256 lane)
func KappaHubLaneBusyErrorID() common.Hash {
	return common.HexToHash("0xf737070fcc56563da0ceefd87eb3281d737c3934f572015f886e3bde9291b3be")
}

// UnpackLaneBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneBusy(uint256 lane)
func (kappaHub *KappaHub) UnpackLaneBusyError(raw []byte) (*KappaHubLaneBusy, error) {
	out := new(KappaHubLaneBusy)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LaneBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotCommitted represents a NotCommitted error raised by the KappaHub contract.
type KappaHubNotCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func KappaHubNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x38935fc797332a24767f8bfa569700c449284c34addd3403c651d2904f9eb98e")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotCommittedError(raw []byte) (*KappaHubNotCommitted, error) {
	out := new(KappaHubNotCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotDisputed represents a NotDisputed error raised by the KappaHub contract.
type KappaHubNotDisputed struct {
	ChunkId  *big.Int
	TaskMask *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func KappaHubNotDisputedErrorID() common.Hash {
	return common.HexToHash("0xb07139115f1667be64cf68ad7744e7d26b4b3b1bb8595a542658a1e70762ad19")
}

// UnpackNotDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func (kappaHub *KappaHub) UnpackNotDisputedError(raw []byte) (*KappaHubNotDisputed, error) {
	out := new(KappaHubNotDisputed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotRequester represents a NotRequester error raised by the KappaHub contract.
type KappaHubNotRequester struct {
	CampaignId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func KappaHubNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func (kappaHub *KappaHub) UnpackNotRequesterError(raw []byte) (*KappaHubNotRequester, error) {
	out := new(KappaHubNotRequester)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotReviewer represents a NotReviewer error raised by the KappaHub contract.
type KappaHubNotReviewer struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func KappaHubNotReviewerErrorID() common.Hash {
	return common.HexToHash("0x87de184463496172c6761f2a4ee6a1c25c016765b7f8c4e70cafd38e6ec5e712")
}

// UnpackNotReviewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackNotReviewerError(raw []byte) (*KappaHubNotReviewer, error) {
	out := new(KappaHubNotReviewer)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotReviewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotSeatHolder represents a NotSeatHolder error raised by the KappaHub contract.
type KappaHubNotSeatHolder struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func KappaHubNotSeatHolderErrorID() common.Hash {
	return common.HexToHash("0x5e5625fd5fcf32ce7ea6c95c78650089ef04686e6653db4b2375c64430d72555")
}

// UnpackNotSeatHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotSeatHolderError(raw []byte) (*KappaHubNotSeatHolder, error) {
	out := new(KappaHubNotSeatHolder)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotSeatHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToWithdraw represents a NothingToWithdraw error raised by the KappaHub contract.
type KappaHubNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func KappaHubNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (kappaHub *KappaHub) UnpackNothingToWithdrawError(raw []byte) (*KappaHubNothingToWithdraw, error) {
	out := new(KappaHubNothingToWithdraw)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the KappaHub contract.
type KappaHubReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func KappaHubReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (kappaHub *KappaHub) UnpackReentrancyGuardReentrantCallError(raw []byte) (*KappaHubReentrancyGuardReentrantCall, error) {
	out := new(KappaHubReentrancyGuardReentrantCall)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReputationTooLow represents a ReputationTooLow error raised by the KappaHub contract.
type KappaHubReputationTooLow struct {
	ChunkId    *big.Int
	Reputation *big.Int
	Required   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func KappaHubReputationTooLowErrorID() common.Hash {
	return common.HexToHash("0x4eb2fb83f0100852f13d6246dabec585884717b29051fbfe8a152fa89007db45")
}

// UnpackReputationTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func (kappaHub *KappaHub) UnpackReputationTooLowError(raw []byte) (*KappaHubReputationTooLow, error) {
	out := new(KappaHubReputationTooLow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReputationTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealTooEarly represents a RevealTooEarly error raised by the KappaHub contract.
type KappaHubRevealTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func KappaHubRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealTooEarlyError(raw []byte) (*KappaHubRevealTooEarly, error) {
	out := new(KappaHubRevealTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealWindowClosed represents a RevealWindowClosed error raised by the KappaHub contract.
type KappaHubRevealWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func KappaHubRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x87b262f8e4c4e709c2dc7e05d8d40d0a1e1cf83ab3321c8092a96c7bf2b1ff04")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealWindowClosedError(raw []byte) (*KappaHubRevealWindowClosed, error) {
	out := new(KappaHubRevealWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReviewerIsAnnotator represents a ReviewerIsAnnotator error raised by the KappaHub contract.
type KappaHubReviewerIsAnnotator struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func KappaHubReviewerIsAnnotatorErrorID() common.Hash {
	return common.HexToHash("0xf5d8da5654098c6b7826d1987778c68d2582caa2c739fe2c0de416d43669e8e7")
}

// UnpackReviewerIsAnnotatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackReviewerIsAnnotatorError(raw []byte) (*KappaHubReviewerIsAnnotator, error) {
	out := new(KappaHubReviewerIsAnnotator)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReviewerIsAnnotator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the KappaHub contract.
type KappaHubSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func KappaHubSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (kappaHub *KappaHub) UnpackSafeERC20FailedOperationError(raw []byte) (*KappaHubSafeERC20FailedOperation, error) {
	out := new(KappaHubSafeERC20FailedOperation)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSeatTaken represents a SeatTaken error raised by the KappaHub contract.
type KappaHubSeatTaken struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func KappaHubSeatTakenErrorID() common.Hash {
	return common.HexToHash("0x2c37e101d3ac858352be8ec4feeab94085a41367a1462fff7eaaefbddad20ffe")
}

// UnpackSeatTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackSeatTakenError(raw []byte) (*KappaHubSeatTaken, error) {
	out := new(KappaHubSeatTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SeatTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubStaleRecord represents a StaleRecord error raised by the KappaHub contract.
type KappaHubStaleRecord struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRecord(uint256 lane)
func KappaHubStaleRecordErrorID() common.Hash {
	return common.HexToHash("0xa35145496d65cce685a9a4a8fb64606f23b03e2d2bdc96f9cb74798f029e1147")
}

// UnpackStaleRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRecord(uint256 lane)
func (kappaHub *KappaHub) UnpackStaleRecordError(raw []byte) (*KappaHubStaleRecord, error) {
	out := new(KappaHubStaleRecord)
	if err := kappaHub.abi.UnpackIntoInterface(out, "StaleRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownCampaign represents a UnknownCampaign error raised by the KappaHub contract.
type KappaHubUnknownCampaign struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func KappaHubUnknownCampaignErrorID() common.Hash {
	return common.HexToHash("0x25435c4ea72d9cfff69367b734599bbe9131f5b088eb4a4c649d2425e009c88c")
}

// UnpackUnknownCampaignError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func (kappaHub *KappaHub) UnpackUnknownCampaignError(raw []byte) (*KappaHubUnknownCampaign, error) {
	out := new(KappaHubUnknownCampaign)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownCampaign", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownLane represents a UnknownLane error raised by the KappaHub contract.
type KappaHubUnknownLane struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLane(uint256 lane)
func KappaHubUnknownLaneErrorID() common.Hash {
	return common.HexToHash("0xc5ec1623fc4c9fa552dd17ab0e371b1bc17ee32de0f1d0dfda2c84360b93ba0d")
}

// UnpackUnknownLaneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLane(uint256 lane)
func (kappaHub *KappaHub) UnpackUnknownLaneError(raw []byte) (*KappaHubUnknownLane, error) {
	out := new(KappaHubUnknownLane)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownLane", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubWrongLabelCount represents a WrongLabelCount error raised by the KappaHub contract.
type KappaHubWrongLabelCount struct {
	ChunkId *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func KappaHubWrongLabelCountErrorID() common.Hash {
	return common.HexToHash("0xbca5754688b40dd371924574e78943b614d27cd90845acd8e6909faf24736aec")
}

// UnpackWrongLabelCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func (kappaHub *KappaHub) UnpackWrongLabelCountError(raw []byte) (*KappaHubWrongLabelCount, error) {
	out := new(KappaHubWrongLabelCount)
	if err := kappaHub.abi.UnpackIntoInterface(out, "WrongLabelCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenMetaData contains all meta data concerning the KappaToken contract.
var KappaTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "29143e29f12e3250ec44471e8a4d2edfa0",
	Bin: "0x61016080604052346104865761140b803803809161001d828561048a565b833981016060828203126104865781516001600160401b03811161048657816100479184016104ad565b60208301519091906001600160401b0381116104865760409161006b9185016104ad565b9201516001600160a01b038116919082900361048657604092835191610091858461048a565b60018352603160f81b6020840190815281519092906001600160401b03811161039657600354600181811c9116801561047c575b602082101461037857601f8111610419575b50806020601f82116001146103b5575f916103aa575b508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103965760045490600182811c9216801561038c575b60208310146103785781601f84931161030a575b50602090601f83116001146102a4575f92610299575b50508160011b915f199060031b1c1916176004555b61016c81610502565b6101205261017983610502565b6101405260208151910120918260e05251902080610100524660a05283519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f84528583015260608201524660808201523060a082015260a081526101e460c08261048a565b5190206080523060c052801561028657600880546001600160a01b0319811683179091559151916001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3610e9d908161056e823960805181610b74015260a05181610c31015260c05181610b45015260e05181610bc301526101005181610be9015261012051816104db015261014051816105040152f35b631e4fbdf760e01b5f525f60045260245ffd5b015190505f8061014e565b60045f9081528281209350601f198516905b8181106102f257509084600195949392106102da575b505050811b01600455610163565b01515f1960f88460031b161c191690555f80806102cc565b929360206001819287860151815501950193016102b6565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061036e575b90601f859493920160051c01905b8181106103605750610138565b5f8155849350600101610353565b9091508190610345565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610124565b634e487b7160e01b5f52604160045260245ffd5b90508301515f6100ed565b60035f9081528181209250601f198416905b818110610401575090836001949392106103e9575b5050811b01600355610101565b8501515f1960f88460031b161c191690555f806103dc565b9192602060018192868a0151815501940192016103c7565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610472575b601f0160051c01905b81811061046757506100d7565b5f815560010161045a565b9091508190610451565b90607f16906100c5565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761039657604052565b81601f82011215610486578051906001600160401b03821161039657604051926104e1601f8401601f19166020018561048a565b8284526020838301011161048657815f9260208093018386015e8301015290565b601f81511161052d57602081519101516020821061051e571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461092157508063095ea7b3146108fb57806318160ddd146108de57806323b872dd146107ae578063313ce567146107935780633644e5151461077157806340c10f19146106ac57806370a0823114610675578063715018a61461060f5780637ecebe00146105d757806384b0196e146104c35780638da5cb5b1461049d57806395d89b4114610391578063a9059cbb14610360578063d505accf146101da578063dd62ed3e146101865763f2fde38b146100d7575f80fd5b34610182576020366003190112610182576001600160a01b036100f86109fd565b610100610c57565b168015610156576001600160a01b036008548273ffffffffffffffffffffffffffffffffffffffff19821617600855167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b7f1e4fbdf7000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b5f80fd5b346101825760403660031901126101825761019f6109fd565b6001600160a01b036101af610a13565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346101825760e0366003190112610182576101f36109fd565b6101fb610a13565b604435906064359260843560ff8116810361018257844211610334576102ef6102e66001600160a01b039283851697885f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528b6040840152878a1660608401528a608084015260a083015260c082015260c0815261029960e082610a29565b5190206102a4610b3b565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015260c43591604260a4359220610d51565b90929192610dde565b1684810361030457506103029350610c97565b005b84907f4b800e46000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f62791302000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101825760403660031901126101825761038661037c6109fd565b6024359033610a5f565b602060405160018152f35b34610182575f366003190112610182576040515f6004548060011c90600181168015610493575b60208310811461047f5782855290811561045b57506001146103fd575b6103f9836103e581850382610a29565b6040519182916020835260208301906109d9565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b808210610441575090915081016020016103e56103d5565b919260018160209254838588010152019101909291610429565b60ff191660208086019190915291151560051b840190910191506103e590506103d5565b634e487b7160e01b5f52602260045260245ffd5b91607f16916103b8565b34610182575f3660031901126101825760206001600160a01b0360085416604051908152f35b34610182575f3660031901126101825761057b6104ff7f0000000000000000000000000000000000000000000000000000000000000000610cfa565b6105287f0000000000000000000000000000000000000000000000000000000000000000610cfa565b60206105896040519261053b8385610a29565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906109d9565b9085820360408701526109d9565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106105c057505050500390f35b8351855286955093810193928101926001016105b1565b34610182576020366003190112610182576001600160a01b036105f86109fd565b165f526007602052602060405f2054604051908152f35b34610182575f36600319011261018257610627610c57565b5f6001600160a01b0360085473ffffffffffffffffffffffffffffffffffffffff198116600855167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610182576020366003190112610182576001600160a01b036106966109fd565b165f525f602052602060405f2054604051908152f35b34610182576040366003190112610182576106c56109fd565b6001600160a01b03602435916106d9610c57565b1690811561074557600254908082018092116107315760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610182575f36600319011261018257602061078b610b3b565b604051908152f35b34610182575f36600319011261018257602060405160128152f35b34610182576060366003190112610182576107c76109fd565b6107cf610a13565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f198110610812575b506103869350610a5f565b8381106108aa57841561087e57331561085257610386945f52600160205260405f206001600160a01b0333165f526020528360405f209103905584610807565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b34610182575f366003190112610182576020600254604051908152f35b34610182576040366003190112610182576103866109176109fd565b6024359033610c97565b34610182575f366003190112610182575f6003548060011c906001811680156109cf575b60208310811461047f5782855290811561045b5750600114610971576103f9836103e581850382610a29565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106109b5575090915081016020016103e56103d5565b91926001816020925483858801015201910190929161099d565b91607f1691610945565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361018257565b602435906001600160a01b038216820361018257565b90601f8019910116810190811067ffffffffffffffff821117610a4b57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0316908115610b0f576001600160a01b031691821561074557815f525f60205260405f2054818110610add57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b827fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480610c2e575b15610b96577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152610c2860c082610a29565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614610b6d565b6001600160a01b03600854163303610c6b57565b7f118cdaa7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160a01b031690811561087e576001600160a01b03169182156108525760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b60ff811690601f8211610d295760405191610d16604084610a29565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610dd3579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610dc8575f516001600160a01b03811615610dbe57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b6004811015610e895780610df0575050565b60018103610e20577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b60028103610e5457507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600314610e5e5750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// KappaToken is an auto generated Go binding around an Ethereum contract.
type KappaToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaToken) GetABI() abi.ABI {
	return c.abi
}

// NewKappaToken creates a new instance of KappaToken.
func NewKappaToken() *KappaToken {
	parsed, err := KappaTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address owner_) returns()
func (kappaToken *KappaToken) PackConstructor(name_ string, symbol_ string, owner_ common.Address) []byte {
	enc, err := kappaToken.abi.Pack("", name_, symbol_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) PackDOMAINSEPARATOR() []byte {
	enc, err := kappaToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return kappaToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := kappaToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := kappaToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackApprove(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) PackBalanceOf(account common.Address) []byte {
	enc, err := kappaToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) PackDecimals() []byte {
	enc, err := kappaToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) TryPackDecimals() ([]byte, error) {
	return kappaToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := kappaToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) PackEip712Domain() []byte {
	enc, err := kappaToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) TryPackEip712Domain() ([]byte, error) {
	return kappaToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := kappaToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) PackName() []byte {
	enc, err := kappaToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) TryPackName() ([]byte, error) {
	return kappaToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) UnpackName(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) PackNonces(owner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) PackOwner() []byte {
	enc, err := kappaToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) TryPackOwner() ([]byte, error) {
	return kappaToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := kappaToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) PackRenounceOwnership() []byte {
	enc, err := kappaToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) TryPackRenounceOwnership() ([]byte, error) {
	return kappaToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) PackSymbol() []byte {
	enc, err := kappaToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) TryPackSymbol() ([]byte, error) {
	return kappaToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) UnpackSymbol(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) PackTotalSupply() []byte {
	enc, err := kappaToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) TryPackTotalSupply() ([]byte, error) {
	return kappaToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("transferOwnership", newOwner)
}

// KappaTokenApproval represents a Approval event raised by the KappaToken contract.
type KappaTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (KappaTokenApproval) ContractEventName() string {
	return KappaTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (kappaToken *KappaToken) UnpackApprovalEvent(log *types.Log) (*KappaTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenApproval)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the KappaToken contract.
type KappaTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const KappaTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (KappaTokenEIP712DomainChanged) ContractEventName() string {
	return KappaTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (kappaToken *KappaToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*KappaTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenOwnershipTransferred represents a OwnershipTransferred event raised by the KappaToken contract.
type KappaTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KappaTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KappaTokenOwnershipTransferred) ContractEventName() string {
	return KappaTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (kappaToken *KappaToken) UnpackOwnershipTransferredEvent(log *types.Log) (*KappaTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenTransfer represents a Transfer event raised by the KappaToken contract.
type KappaTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const KappaTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (KappaTokenTransfer) ContractEventName() string {
	return KappaTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (kappaToken *KappaToken) UnpackTransferEvent(log *types.Log) (*KappaTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenTransfer)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaToken *KappaToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kappaToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func KappaTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureError(raw []byte) (*KappaTokenECDSAInvalidSignature, error) {
	out := new(KappaTokenECDSAInvalidSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func KappaTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*KappaTokenECDSAInvalidSignatureLength, error) {
	out := new(KappaTokenECDSAInvalidSignatureLength)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func KappaTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*KappaTokenECDSAInvalidSignatureS, error) {
	out := new(KappaTokenECDSAInvalidSignatureS)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func KappaTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*KappaTokenERC20InsufficientAllowance, error) {
	out := new(KappaTokenERC20InsufficientAllowance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func KappaTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientBalanceError(raw []byte) (*KappaTokenERC20InsufficientBalance, error) {
	out := new(KappaTokenERC20InsufficientBalance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the KappaToken contract.
type KappaTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func KappaTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (kappaToken *KappaToken) UnpackERC20InvalidApproverError(raw []byte) (*KappaTokenERC20InvalidApprover, error) {
	out := new(KappaTokenERC20InvalidApprover)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the KappaToken contract.
type KappaTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func KappaTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (kappaToken *KappaToken) UnpackERC20InvalidReceiverError(raw []byte) (*KappaTokenERC20InvalidReceiver, error) {
	out := new(KappaTokenERC20InvalidReceiver)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func KappaTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (kappaToken *KappaToken) UnpackERC20InvalidSenderError(raw []byte) (*KappaTokenERC20InvalidSender, error) {
	out := new(KappaTokenERC20InvalidSender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func KappaTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (kappaToken *KappaToken) UnpackERC20InvalidSpenderError(raw []byte) (*KappaTokenERC20InvalidSpender, error) {
	out := new(KappaTokenERC20InvalidSpender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the KappaToken contract.
type KappaTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func KappaTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (kappaToken *KappaToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*KappaTokenERC2612ExpiredSignature, error) {
	out := new(KappaTokenERC2612ExpiredSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the KappaToken contract.
type KappaTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func KappaTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (kappaToken *KappaToken) UnpackERC2612InvalidSignerError(raw []byte) (*KappaTokenERC2612InvalidSigner, error) {
	out := new(KappaTokenERC2612InvalidSigner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the KappaToken contract.
type KappaTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func KappaTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (kappaToken *KappaToken) UnpackInvalidAccountNonceError(raw []byte) (*KappaTokenInvalidAccountNonce, error) {
	out := new(KappaTokenInvalidAccountNonce)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidShortString represents a InvalidShortString error raised by the KappaToken contract.
type KappaTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func KappaTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (kappaToken *KappaToken) UnpackInvalidShortStringError(raw []byte) (*KappaTokenInvalidShortString, error) {
	out := new(KappaTokenInvalidShortString)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KappaToken contract.
type KappaTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KappaTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (kappaToken *KappaToken) UnpackOwnableInvalidOwnerError(raw []byte) (*KappaTokenOwnableInvalidOwner, error) {
	out := new(KappaTokenOwnableInvalidOwner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KappaToken contract.
type KappaTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KappaTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (kappaToken *KappaToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KappaTokenOwnableUnauthorizedAccount, error) {
	out := new(KappaTokenOwnableUnauthorizedAccount)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenStringTooLong represents a StringTooLong error raised by the KappaToken contract.
type KappaTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func KappaTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (kappaToken *KappaToken) UnpackStringTooLongError(raw []byte) (*KappaTokenStringTooLong, error) {
	out := new(KappaTokenStringTooLong)
	if err := kappaToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbacks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackSucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"selfApprove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "cb6ad455b12ff2570e8c2d06210279c87a",
	Bin: "0x60806040523461031457604080519081016001600160401b0381118282101761022757604090815260098252681499595b9d1c985b9d60ba1b602083015280519081016001600160401b03811182821017610227576040526005815264149151539560da1b602082015281516001600160401b03811161022757600354600181811c9116801561030a575b602082101461020957601f81116102a7575b50602092601f821160011461024657928192935f9261023b575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161022757600454600181811c9116801561021d575b602082101461020957601f81116101a6575b50602091601f8211600114610146579181925f9261013b575b50508160011b915f199060031b1c1916176004555b60405161100690816103198239f35b015190505f80610117565b601f1982169260045f52805f20915f5b85811061018e57508360019510610176575b505050811b0160045561012c565b01515f1960f88460031b161c191690555f8080610168565b91926020600181928685015181550194019201610156565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106101ff575b601f0160051c01905b8181106101f457506100fe565b5f81556001016101e7565b90915081906101de565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b6565b601f1982169360035f52805f20915f5b86811061028f5750836001959610610277575b505050811b016003556100cb565b01515f1960f88460031b161c191690555f8080610269565b91926020600181928685015181550194019201610256565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610300575b601f0160051c01905b8181106102f5575061009c565b5f81556001016102e8565b90915081906102df565b90607f169061008a565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908162b1278314610b2e5750806306fdde0314610a89578063095ea7b314610a6357806318160ddd14610a46578063189494c814610a20578063232f213c146109fb57806323b872dd146108cb5780632f411093146108a9578063313ce5671461088e5780633522bfd0146106fe57806340c10f191461045257806370a082311461041b57806395d89b41146103765780639e99c16f146102d1578063a878f858146101f3578063a9059cbb146101c2578063be6002c21461016a578063d4b83992146101445763dd62ed3e146100ec575f80fd5b3461014057604036600319011261014057610105610b6c565b6001600160a01b03610115610b82565b91165f5260016020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b5f80fd5b34610140575f3660031901126101405760206001600160a01b0360055416604051908152f35b34610140575f808061017b36610b98565b919290826040519384928337810182815203925af1610198610ca6565b90156101ba576101b690604051918291602083526020830190610b48565b0390f35b602081519101fd5b34610140576040366003190112610140576101e86101de610b6c565b6024359033610ce5565b602060405160018152f35b34610140575f366003190112610140576040515f60065461021381610bfc565b80845290600181169081156102ad575060011461024f575b6101b68361023b81850382610c34565b604051918291602083526020830190610b48565b60065f9081527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f939250905b8082106102935750909150810160200161023b61022b565b91926001816020925483858801015201910190929161027b565b60ff191660208086019190915291151560051b8401909101915061023b905061022b565b34610140575f366003190112610140576040515f6008546102f181610bfc565b80845290600181169081156102ad5750600114610318576101b68361023b81850382610c34565b60085f9081527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3939250905b80821061035c5750909150810160200161023b61022b565b919260018160209254838588010152019101909291610344565b34610140575f366003190112610140576040515f60045461039681610bfc565b80845290600181169081156102ad57506001146103bd576101b68361023b81850382610c34565b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106104015750909150810160200161023b61022b565b9192600181602092548385880101520191019092916103e9565b34610140576020366003190112610140576001600160a01b0361043c610b6c565b165f525f602052602060405f2054604051908152f35b346101405760403660031901126101405761046b610b6c565b6001600160a01b031660243581156106d257600254908082018092116106ab5760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a360075460ff8116806106bf575b6104de57005b60ff19166007556009545f1981146106ab576001016009556001600160a01b0360055416604051905f60065461051381610bfc565b90600181169081156106965750600114610647575b5090825f8094819403925af161053c610ca6565b9061ff0060075491151560081b169061ff00191617600755805167ffffffffffffffff81116106335761057981610574600854610bfc565b610c56565b602091601f82116001146105b8576105a7925f91836105ad575b50508160011b915f199060031b1c19161790565b6008555b005b015190508380610593565b601f1982169260085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b85811061061b57508360019510610603575b505050811b01600855005b01515f1960f88460031b161c191690558280806105f8565b919260206001819286850151815501940192016105e6565b634e487b7160e01b5f52604160045260245ffd5b905060065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5f905b828210610682575050820182610528565b600181602092548488015201910190610671565b60ff1916855250801515028301905082610528565b634e487b7160e01b5f52601160045260245ffd5b506001600160a01b0360055416156104d8565b7fec442f05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b34610140576001600160a01b0361071436610b98565b91929092167fffffffffffffffffffffffff0000000000000000000000000000000000000000600554161760055567ffffffffffffffff81116106335761075c600654610bfc565b601f811161082b575b505f601f82116001146107b0578190610792935f926107a55750508160011b915f199060031b1c19161790565b6006555b6007805460ff19166001179055005b013590508380610593565b601f198216927ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f915f5b858110610813575083600195106107fa575b505050811b01600655610796565b01355f19600384901b60f8161c191690558280806107ec565b909260206001819286860135815501940191016107da565b60065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f601f830160051c81019160208410610884575b601f0160051c01905b8181106108795750610765565b5f815560010161086c565b9091508190610863565b34610140575f36600319011261014057602060405160128152f35b34610140575f36600319011261014057602060ff600754166040519015158152f35b34610140576060366003190112610140576108e4610b6c565b6108ec610b82565b604435906001600160a01b03831692835f52600160205260405f206001600160a01b0333165f5260205260405f20545f19811061092f575b506101e89350610ce5565b8381106109c757841561099b57331561096f576101e8945f52600160205260405f206001600160a01b0333165f526020528360405f209103905584610924565b7f94280d62000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b7fe602df05000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b83907ffb8f41b2000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b34610140575f36600319011261014057602060ff60075460081c166040519015158152f35b34610140576040366003190112610140576105ab610a3c610b6c565b6024359030610fa3565b34610140575f366003190112610140576020600254604051908152f35b34610140576040366003190112610140576101e8610a7f610b6c565b6024359033610fa3565b34610140575f366003190112610140576040515f600354610aa981610bfc565b80845290600181169081156102ad5750600114610ad0576101b68361023b81850382610c34565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610b145750909150810160200161023b61022b565b919260018160209254838588010152019101909291610afc565b34610140575f366003190112610140576020906009548152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361014057565b602435906001600160a01b038216820361014057565b6040600319820112610140576004356001600160a01b0381168103610140579160243567ffffffffffffffff811161014057826023820112156101405780600401359267ffffffffffffffff84116101405760248483010111610140576024019190565b90600182811c92168015610c2a575b6020831014610c1657565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610c0b565b90601f8019910116810190811067ffffffffffffffff82111761063357604052565b601f8111610c62575050565b60085f5260205f20906020601f840160051c83019310610c9c575b601f0160051c01905b818110610c91575050565b5f8155600101610c86565b9091508190610c7d565b3d15610ce0573d9067ffffffffffffffff82116106335760405191610cd5601f8201601f191660200184610c34565b82523d5f602084013e565b606090565b6001600160a01b031691908215610f77576001600160a01b03169081156106d257825f525f60205260405f2054818110610f455760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a36007549060ff82169081610f30575b50610d7a5750565b60ff19166007556009545f1981146106ab576001016009556001600160a01b03600554166040515f600654610dae81610bfc565b9060018116908115610f1b5750600114610ecc575b5091815f809493819403925af190610dd9610ca6565b9161ff0060075491151560081b169061ff00191617600755815167ffffffffffffffff811161063357610e1181610574600854610bfc565b602092601f8211600114610e5057610e40929382915f92610e455750508160011b915f199060031b1c19161790565b600855565b015190505f80610593565b601f1982169360085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b868110610eb45750836001959610610e9c575b505050811b01600855565b01515f1960f88460031b161c191690555f8080610e91565b91926020600181928685015181550194019201610e7e565b905060065f527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f5f905b828210610f07575050810181610dc3565b600181602092548487015201910190610ef6565b60ff1916845250801515028201905081610dc3565b90506001600160a01b0360055416145f610d72565b837fe450d38c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b7f96c6fd1e000000000000000000000000000000000000000000000000000000005f525f60045260245ffd5b6001600160a01b031690811561099b576001600160a01b031691821561096f5760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a356",
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantToken) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantToken creates a new instance of ReentrantToken.
func NewReentrantToken() *ReentrantToken {
	parsed, err := ReentrantTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackApprove(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("arm", target, data)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) PackArmed() []byte {
	enc, err := reentrantToken.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackArmed() ([]byte, error) {
	return reentrantToken.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackArmed(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) PackBalanceOf(account common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) PackCallbacks() []byte {
	enc, err := reentrantToken.abi.Pack("callbacks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackCallbacks() ([]byte, error) {
	return reentrantToken.abi.Pack("callbacks")
}

// UnpackCallbacks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00b12783.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackCallbacks(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("callbacks", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) PackDecimals() []byte {
	enc, err := reentrantToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) TryPackDecimals() ([]byte, error) {
	return reentrantToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := reentrantToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) PackExec(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("exec", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) TryPackExec(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("exec", target, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) PackLastCallbackError() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackLastCallbackError() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackError")
}

// UnpackLastCallbackError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e99c16f.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackLastCallbackError(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) PackLastCallbackSucceeded() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackSucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackLastCallbackSucceeded() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackSucceeded")
}

// UnpackLastCallbackSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x232f213c.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackLastCallbackSucceeded(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackSucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) PackName() []byte {
	enc, err := reentrantToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) TryPackName() ([]byte, error) {
	return reentrantToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) UnpackName(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) PackPayload() []byte {
	enc, err := reentrantToken.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackPayload() ([]byte, error) {
	return reentrantToken.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackPayload(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackSelfApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("selfApprove", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackSelfApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("selfApprove", spender, amount)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) PackSymbol() []byte {
	enc, err := reentrantToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) TryPackSymbol() ([]byte, error) {
	return reentrantToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) UnpackSymbol(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) PackTarget() []byte {
	enc, err := reentrantToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) TryPackTarget() ([]byte, error) {
	return reentrantToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) PackTotalSupply() []byte {
	enc, err := reentrantToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackTotalSupply() ([]byte, error) {
	return reentrantToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenApproval) ContractEventName() string {
	return ReentrantTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (reentrantToken *ReentrantToken) UnpackApprovalEvent(log *types.Log) (*ReentrantTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenApproval)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenTransfer) ContractEventName() string {
	return ReentrantTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (reentrantToken *ReentrantToken) UnpackTransferEvent(log *types.Log) (*ReentrantTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenTransfer)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reentrantToken *ReentrantToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReentrantTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReentrantTokenERC20InsufficientAllowance, error) {
	out := new(ReentrantTokenERC20InsufficientAllowance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReentrantTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ReentrantTokenERC20InsufficientBalance, error) {
	out := new(ReentrantTokenERC20InsufficientBalance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReentrantTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidApproverError(raw []byte) (*ReentrantTokenERC20InvalidApprover, error) {
	out := new(ReentrantTokenERC20InvalidApprover)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReentrantTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidReceiverError(raw []byte) (*ReentrantTokenERC20InvalidReceiver, error) {
	out := new(ReentrantTokenERC20InvalidReceiver)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReentrantTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSenderError(raw []byte) (*ReentrantTokenERC20InvalidSender, error) {
	out := new(ReentrantTokenERC20InvalidSender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReentrantTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSpenderError(raw []byte) (*ReentrantTokenERC20InvalidSpender, error) {
	out := new(ReentrantTokenERC20InvalidSpender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
